import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../src/sandbox/metadata/field-def';
import { expectMatchesOas } from './support/oas';
import { type Sandbox, startSandbox } from './support/oas-sandbox';

/** Kaizen #56 (seeds/001) and the upsert docs (seeds/002): Email is Leads' system field, unique1/unique2 user-unique. */
const UPSERT = { file: 'record.json', path: '/crm/v8/{module_api_name}/upsert', method: 'post' } as const;
const text = (apiName: string, id: string): FieldDef => ({
  apiName,
  label: apiName,
  dataType: 'text',
  id,
  length: 255,
});
const CUSTOM = [
  text('unique1', '4876000000000990001'),
  text('unique2', '4876000000000990002'),
  text('UF', '4876000000000990003'),
];

type Outcome = { code: string; action?: string; duplicate_field?: string | null; details: { id: string } };

/** An empty CRM whose Leads have the given user-unique fields and nothing else unique. */
const crm = (unique: readonly string[]): Sandbox => {
  const sb = startSandbox({ seed: null, extraFields: { Leads: CUSTOM } });
  for (const field of unique) sb.store.setUnique('Leads', field, true);
  return sb;
};

const insert = async (sb: Sandbox, values: Record<string, unknown>): Promise<string> => {
  const res = await sb.call('POST', 'Leads', { body: { data: [values] } });
  const body = (await res.json()) as { data: Outcome[] };
  if (res.status !== 201) throw new Error(`setup insert answered ${res.status}: ${JSON.stringify(body)}`);
  return body.data[0]?.details.id ?? '';
};

const upsert = async (sb: Sandbox, data: unknown[], duplicateCheckFields?: readonly string[]) => {
  const body = duplicateCheckFields ? { data, duplicate_check_fields: duplicateCheckFields } : { data };
  const res = await sb.call('POST', 'Leads/upsert', { body });
  return { status: res.status, body: (await expectMatchesOas(res, UPSERT)) as { data: Outcome[] } };
};

const VALUES: Readonly<Record<string, string>> = {
  Email: 'frey@sample.com',
  unique1: 'U1-0001',
  unique2: 'U2-0001',
};

/** The post's table: what goes in `duplicate_check_fields`, and the order the fields are then checked in. */
const ORDER_TABLE: readonly (readonly [input: readonly string[] | null, order: readonly string[]])[] = [
  [['unique1'], ['unique1', 'unique2']],
  [['unique2'], ['unique2', 'unique1']],
  [
    ['unique1', 'unique2'],
    ['unique1', 'unique2'],
  ],
  [['Email'], ['Email', 'unique1', 'unique2']],
  [null, ['Email', 'unique1', 'unique2']],
];

describe('Kaizen #56: the order upsert checks duplicate fields in', () => {
  describe.each(ORDER_TABLE)('duplicate_check_fields %j', (input, order) => {
    it.each(order.map((field, k) => [field, order.slice(k)] as const))(
      'matches on %s when the record carries only the fields from there on',
      async (field, carried) => {
        const sb = crm(['unique1', 'unique2']);
        const existing = await insert(sb, { Last_Name: 'Frey (Sample)', ...VALUES });
        const values = Object.fromEntries(carried.map((f) => [f, VALUES[f]]));
        const { status, body } = await upsert(sb, [{ Last_Name: 'Frey', ...values }], input ?? undefined);
        expect(status).toBe(200);
        expect(body.data[0]).toMatchObject({
          code: 'SUCCESS',
          action: 'update',
          duplicate_field: field,
          details: { id: existing },
        });
      },
    );

    it('checks no field outside that order: the rest does not find the record', async () => {
      const sb = crm(['unique1', 'unique2']);
      await insert(sb, { Last_Name: 'Frey (Sample)', ...VALUES });
      const outside = Object.keys(VALUES).filter((f) => !order.includes(f));
      const values = Object.fromEntries(outside.map((f) => [f, VALUES[f]]));
      const { body } = await upsert(
        sb,
        [{ Last_Name: 'Frey', ...values, unique1: 'U1-new', unique2: 'U2-new' }],
        input ?? undefined,
      );
      expect(body.data[0]).toMatchObject({ code: 'SUCCESS', action: 'insert', duplicate_field: null });
    });
  });

  it.each([
    [['unique2'], 'unique1', 'unique1'],
    [['unique1'], 'unique2', 'unique2'],
  ])(
    'with %j the first field picks the record, so the other one clashes on %s',
    async (input, clashField, owner) => {
      const sb = crm(['unique1', 'unique2']);
      const ids: Record<string, string> = {
        unique1: await insert(sb, { Last_Name: 'By unique1', unique1: 'U1-0001' }),
        unique2: await insert(sb, { Last_Name: 'By unique2', unique2: 'U2-0001' }),
      };
      const { status, body } = await upsert(
        sb,
        [{ Last_Name: 'Either', unique1: 'U1-0001', unique2: 'U2-0001' }],
        input,
      );
      expect(status).toBe(400);
      expect(body.data[0]).toMatchObject({
        code: 'DUPLICATE_DATA',
        details: { api_name: clashField, duplicate_record: { id: ids[owner] } },
      });
    },
  );
});

describe('the samples of Kaizen #56, Kaizen #177 and the upsert docs', () => {
  it('Kaizen #56: updates Frey by Email and inserts the new lead, with Mobile unique', async () => {
    const sb = crm(['Mobile']);
    const frey = await insert(sb, { Last_Name: 'Frey', Email: 'frey@sample.com' });
    const data = [
      { Last_Name: 'Frey (Sample)', Email: 'frey@sample.com', Company: 'abc', Lead_Status: 'Contacted' },
      {
        Last_Name: 'New Lead',
        First_Name: 'CRM Lead',
        Email: 'newlead@zoho.com',
        Lead_Status: 'Attempted to Contact',
        Mobile: '7685635434',
      },
    ];
    const { status, body } = await upsert(sb, data, ['Email', 'Mobile']);
    expect(status).toBe(200);
    expect(body.data).toMatchObject([
      {
        code: 'SUCCESS',
        duplicate_field: 'Email',
        action: 'update',
        message: 'record updated',
        status: 'success',
        details: { id: frey },
      },
      {
        code: 'SUCCESS',
        duplicate_field: null,
        action: 'insert',
        message: 'record added',
        status: 'success',
      },
    ]);
  });

  it('Kaizen #177: inserts Alice and updates Pat by Email, with Zoho’s details', async () => {
    const sb = crm([]);
    const pat = await insert(sb, { Last_Name: 'Davis', Email: 'pat@mail.com' });
    const data = [
      { Email: 'alice@mail.com', First_Name: 'Alice', Last_Name: 'Brown', Phone: '+1-555-222-3333' },
      { Email: 'pat@mail.com', First_Name: 'pat', Last_Name: 'Davis', Phone: '+1-555-666-7777' },
    ];
    const { status, body } = await upsert(sb, data, ['Email']);
    expect(status).toBe(200);
    const by = { name: 'Patricia Boyle', id: expect.stringMatching(/^\d{19}$/) };
    const time = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    const details = { Modified_Time: time, Modified_By: by, Created_Time: time, Created_By: by };
    expect(body.data).toMatchObject([
      {
        code: 'SUCCESS',
        duplicate_field: null,
        action: 'insert',
        details,
        message: 'record added',
        status: 'success',
      },
      {
        code: 'SUCCESS',
        duplicate_field: 'Email',
        action: 'update',
        details: { ...details, id: pat },
        message: 'record updated',
      },
    ]);
  });

  it('the docs: an update by Email, then an insert, answered in request order', async () => {
    const sb = crm(['Mobile']);
    const existing = await insert(sb, { Last_Name: 'Lead', Email: 'newcrmapi@zoho.com' });
    const data = [
      { Last_Name: 'Lead_changed', Email: 'newcrmapi@zoho.com', Company: 'abc', Lead_Status: 'Contacted' },
      {
        Last_Name: 'New Lead',
        First_Name: 'CRM Lead',
        Email: 'newlead@zoho.com',
        Lead_Status: 'Attempted to Contact',
        Mobile: '7685635434',
      },
    ];
    const { body } = await upsert(sb, data, ['Email', 'Mobile']);
    expect(body.data.map((d) => [d.action, d.duplicate_field])).toEqual([
      ['update', 'Email'],
      ['insert', null],
    ]);
    expect(body.data[0]?.details.id).toBe(existing);
    const updated = (await (await sb.call('GET', `Leads/${existing}`)).json()) as {
      data: Record<string, unknown>[];
    };
    expect(updated.data[0]).toMatchObject({ Last_Name: 'Lead_changed', Company: 'abc' });
  });

  it('the docs’ Deluge sample: UF listed first picks the record by UF', async () => {
    const sb = crm(['UF']);
    const boyle = await insert(sb, { Last_Name: 'Boyle', UF: 'p.boyle@zylker.com' });
    await insert(sb, { Last_Name: 'Grogan', Email: 'd.grogan@zylker.com' });
    const data = [
      { Last_Name: 'Patricia upsert UF2', UF: 'p.boyle@zylker.com', Email: 'd.grogan@zylker.com' },
    ];
    const { body } = await upsert(sb, data, ['UF', 'Email']);
    expect(body.data[0]).toMatchObject({ action: 'update', duplicate_field: 'UF', details: { id: boyle } });
  });
});
