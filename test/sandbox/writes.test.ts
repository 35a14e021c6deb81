import { describe, expect, it } from 'vitest';
import { makeSandbox } from './support/sandbox-harness';

const lead = (extra: Record<string, unknown> = {}) => ({
  Last_Name: 'Dolan',
  Company: 'Villa Margarita',
  ...extra,
});

describe('insert', () => {
  it('adds a record with a 19-digit id and Zoho bookkeeping, answering 201', async () => {
    const { insert } = makeSandbox();
    const res = await insert('Leads', lead());
    expect(res.status).toBe(201);
    const item = res.body.data[0];
    expect(item).toMatchObject({ code: 'SUCCESS', message: 'record added', status: 'success' });
    expect(item.details.id).toMatch(/^\d{19}$/);
    expect(item.details.Created_Time).toBe('2025-02-08T09:43:08-08:00');
    expect(item.details.Created_By).toEqual({ name: 'Patricia Boyle', id: '4876000000000411001' });
  });

  it('answers MANDATORY_NOT_FOUND when Last_Name is missing', async () => {
    const { insert } = makeSandbox();
    const res = await insert('Leads', { Company: 'Acme' });
    expect(res.status).toBe(400);
    expect(res.body.data[0]).toMatchObject({
      code: 'MANDATORY_NOT_FOUND',
      details: { api_name: 'Last_Name', json_path: '$.data[0].Last_Name' },
    });
  });

  it('blocks a unique email whatever its case, pointing at the existing record', async () => {
    const { insert, idOf } = makeSandbox({}, [['Leads', 'Email']]);
    const first = await insert('Leads', lead({ Email: 'brian@villa.com' }));
    const res = await insert('Leads', lead({ Email: 'Brian@Villa.COM' }));
    expect(res.status).toBe(400);
    expect(res.body.data[0]).toEqual({
      code: 'DUPLICATE_DATA',
      details: {
        api_name: 'Email',
        json_path: '$.data[0].Email',
        duplicate_record: {
          Owner: { name: 'Patricia Boyle', id: '4876000000000411001', zuid: '808233918' },
          module: { api_name: 'Leads', id: '4876000000000002175' },
          id: idOf(first),
        },
        more_records: false,
      },
      message: 'duplicate data',
      status: 'error',
    });
  });

  it('lets a duplicate system field through when it is not marked unique (the default)', async () => {
    const { insert } = makeSandbox();
    await insert('Leads', lead({ Email: 'a@b.com' }));
    expect((await insert('Leads', lead({ Email: 'a@b.com' }))).status).toBe(201);
  });

  it('blocks a duplicate system field when systemFieldBlocksInsert is on', async () => {
    const { insert } = makeSandbox({ systemFieldBlocksInsert: true });
    await insert('Leads', lead({ Email: 'a@b.com' }));
    expect((await insert('Leads', lead({ Email: 'a@b.com' }))).body.data[0].code).toBe('DUPLICATE_DATA');
  });

  it('wraps clashes on several unique fields in MULTIPLE_OR_MULTI_ERRORS', async () => {
    const { insert } = makeSandbox({}, [
      ['Leads', 'Email'],
      ['Leads', 'Phone'],
    ]);
    await insert('Leads', lead({ Email: 'a@b.com', Phone: '555' }));
    const item = (await insert('Leads', lead({ Email: 'A@b.com', Phone: '555' }))).body.data[0];
    expect(item.code).toBe('MULTIPLE_OR_MULTI_ERRORS');
    expect(item.details.errors.map((e: { details: { api_name: string } }) => e.details.api_name)).toEqual([
      'Email',
      'Phone',
    ]);
  });

  it('makes the later of two records in one call clash with the earlier one (207)', async () => {
    const { insert } = makeSandbox({}, [['Leads', 'Email']]);
    const res = await insert('Leads', lead({ Email: 'x@y.com' }), lead({ Email: 'X@y.com' }));
    expect(res.status).toBe(207);
    expect(res.body.data[1].details.duplicate_record.id).toBe(res.body.data[0].details.id);
  });

  it('lets in-batch duplicates through when the option allows them', async () => {
    const { insert } = makeSandbox({ inBatchDuplicates: 'allowed' }, [['Leads', 'Email']]);
    expect((await insert('Leads', lead({ Email: 'x@y.com' }), lead({ Email: 'x@y.com' }))).status).toBe(201);
  });

  it('refuses more than 100 records in one call', async () => {
    const { insert } = makeSandbox();
    const res = await insert('Leads', ...Array.from({ length: 101 }, () => lead()));
    expect([res.status, res.body.code]).toEqual([400, 'LIMIT_EXCEEDED']);
  });
});

describe('update', () => {
  it('honours If-Unmodified-Since: 412 ALREADY_MODIFIED when the record changed after it', async () => {
    const { insert, call, idOf, tick } = makeSandbox();
    const id = idOf(await insert('Leads', lead()));
    const seen = '2025-02-08T09:43:08-08:00';
    tick(5000);
    expect((await call('PUT', 'Leads', { body: { data: [{ id, City: 'Austin' }] } })).status).toBe(200);
    const stale = await call('PUT', 'Leads', {
      body: { data: [{ id, City: 'Dallas' }] },
      headers: { 'If-Unmodified-Since': seen },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.data[0].code).toBe('ALREADY_MODIFIED');
  });

  it('accepts If-Unmodified-Since equal to the record Modified_Time, at second resolution', async () => {
    const { insert, call, idOf, tick } = makeSandbox();
    const created = await insert('Leads', lead());
    tick(400);
    const res = await call('PUT', `Leads/${idOf(created)}`, {
      body: { data: [{ City: 'Austin' }] },
      headers: { 'If-Unmodified-Since': created.body.data[0].details.Modified_Time },
    });
    expect(res.status).toBe(200);
  });

  it('blocks an update that would repeat another record unique value', async () => {
    const { insert, call, idOf } = makeSandbox({}, [['Leads', 'Email']]);
    await insert('Leads', lead({ Email: 'taken@x.com' }));
    const id = idOf(await insert('Leads', lead({ Email: 'free@x.com' })));
    const res = await call('PUT', 'Leads', { body: { data: [{ id, Email: 'TAKEN@x.com' }] } });
    expect(res.body.data[0].code).toBe('DUPLICATE_DATA');
  });
});

describe('visibility', () => {
  it('gives NO_PERMISSION when rep 2 addresses a record someone else owns', async () => {
    const { insert, call, idOf } = makeSandbox();
    const id = idOf(await insert('Leads', lead()));
    const res = await call('GET', `Leads/${id}`, { token: 'sandbox-rep-2' });
    expect([res.status, res.body.code]).toEqual([403, 'NO_PERMISSION']);
  });

  it('never returns another owner record to rep 2 in search', async () => {
    const { insert, call } = makeSandbox();
    await insert('Leads', lead({ Email: 'a@b.com' }));
    expect((await call('GET', 'Leads/search?email=a@b.com', { token: 'sandbox-rep-2' })).status).toBe(204);
    expect((await call('GET', 'Leads/search?email=a@b.com', { token: 'sandbox-rep-1' })).status).toBe(200);
  });
});

describe('delete, convert and merge', () => {
  it('deletes records named in ?ids=', async () => {
    const { insert, call, idOf } = makeSandbox();
    const id = idOf(await insert('Leads', lead()));
    const res = await call('DELETE', `Leads?ids=${id}`);
    expect(res.body.data[0]).toEqual({
      code: 'SUCCESS',
      details: { id },
      message: 'record deleted',
      status: 'success',
    });
    expect((await call('GET', `Leads/${id}`)).status).toBe(400);
  });

  it('converts a Lead into a Contact and Account, found afterwards only with converted=true', async () => {
    const { insert, call, idOf } = makeSandbox();
    const id = idOf(await insert('Leads', lead({ Email: 'conv@x.com' })));
    const res = await call('POST', `Leads/${id}/actions/convert`, { body: { data: [{}] } });
    expect(res.body.data[0].code).toBe('SUCCESS');
    const contactId = res.body.data[0].details.Contacts.id;
    expect((await call('GET', `Contacts/${contactId}`)).body.data[0].Email).toBe('conv@x.com');
    expect((await call('GET', 'Leads/search?email=conv@x.com')).status).toBe(204);
    expect((await call('GET', 'Leads/search?email=conv@x.com&converted=true')).body.data[0].id).toBe(id);
  });

  it('merges a child into the master, taking the fields the child gives, and removes the child', async () => {
    const { insert, call, idOf } = makeSandbox();
    const master = idOf(await insert('Leads', lead({ City: 'Austin' })));
    const child = idOf(await insert('Leads', lead({ City: 'Dallas', Phone: '555' })));
    const res = await call('POST', `Leads/${master}/actions/merge`, {
      body: {
        merge: [
          {
            master_record_fields: [{ api_name: 'City' }],
            data: [{ id: child, _fields: [{ api_name: 'Phone' }] }],
          },
        ],
      },
    });
    expect(res.body.merge[0]).toMatchObject({ code: 'SUCCESS', details: { id: master } });
    const merged = (await call('GET', `Leads/${master}`)).body.data[0];
    expect([merged.City, merged.Phone]).toEqual(['Austin', '555']);
    expect((await call('GET', `Leads/${child}`)).status).toBe(400);
  });

  it("moves what pointed at the merged-away record to the master: its notes and other records' lookups", async () => {
    const { insert, call, idOf } = makeSandbox();
    const master = idOf(await insert('Accounts', { Account_Name: 'Acme Inc' }));
    const child = idOf(await insert('Accounts', { Account_Name: 'ACME Incorporated' }));
    const contact = idOf(
      await insert('Contacts', {
        Last_Name: 'Lovelace',
        Account_Name: { id: child, name: 'ACME Incorporated' },
      }),
    );
    const note = await call('POST', 'Notes', {
      body: {
        data: [
          { Note_Content: 'met at the fair', Parent_Id: { module: { api_name: 'Accounts' }, id: child } },
        ],
      },
    });
    expect(note.body.data[0].code).toBe('SUCCESS');
    const res = await call('POST', `Accounts/${master}/actions/merge`, {
      body: { merge: [{ data: [{ id: child, _fields: [] }] }] },
    });
    expect(res.body.merge[0].code).toBe('SUCCESS');
    expect((await call('GET', `Contacts/${contact}`)).body.data[0].Account_Name).toMatchObject({
      id: master,
      name: 'Acme Inc',
    });
    const notes = (await call('GET', 'Notes')).body.data as { Parent_Id: { id: string } }[];
    expect(notes.map((n) => n.Parent_Id.id)).toEqual([master]);
  });
});
