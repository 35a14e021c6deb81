import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/index';
import type { CrmClient, RecordOutcome } from '../../../src/zoho/crm-client';
import type { CrmError } from '../../../src/zoho/crm-error';
import type { Result } from '../../../src/zoho/result';
import { ADAPTERS, freshSandbox, sandboxFetch } from './adapters';

const value = <T>(r: Result<T, CrmError>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};
const failure = <T>(r: Result<T, CrmError>): CrmError => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
};
const idOf = (outcomes: readonly RecordOutcome[]): string => {
  const first = outcomes[0];
  if (!first?.ok) throw new Error(`write failed: ${JSON.stringify(first)}`);
  return first.value.id;
};
const fast = { retries: 0, sleep: async () => {} };

describe.each(ADAPTERS)('$name against the sandbox', ({ make }) => {
  let sandbox: Sandbox;
  let crm: CrmClient;
  beforeEach(() => {
    sandbox = freshSandbox();
    crm = make(sandboxFetch(sandbox), 'sandbox-admin', fast);
  });
  const insertLead = async (values: Record<string, string>) =>
    idOf(value(await crm.insert('Leads', [{ Last_Name: 'Lee', ...values }])));

  it('lists modules with Deals under the Potentials tab', async () => {
    const modules = value(await crm.getModules());
    expect(modules.find((m) => m.apiName === 'Deals')?.tabName).toBe('Potentials');
  });

  it('reports a field as unique once an admin forbids duplicate values', async () => {
    sandbox.store.setUnique('Leads', 'Phone', true);
    const fields = value(await crm.getFields('Leads'));
    expect(fields.find((f) => f.apiName === 'Phone')?.unique).toBe(true);
    expect(fields.find((f) => f.apiName === 'Company')?.unique).toBe(false);
  });

  it('saves, reads back and deletes the duplicate check preference', async () => {
    sandbox.store.setUnique('Leads', 'Email', true);
    expect(value(await crm.getDuplicateCheckPreference('Leads'))).toBeNull();
    const preference = {
      type: 'mapped_module_records',
      mappedModule: 'Contacts',
      fieldMappings: [{ currentField: 'Email', mappedField: 'Email' }],
    } as const;
    value(await crm.saveDuplicateCheckPreference('Leads', preference));
    expect(value(await crm.getDuplicateCheckPreference('Leads'))).toEqual(preference);
    value(await crm.deleteDuplicateCheckPreference('Leads'));
    expect(value(await crm.getDuplicateCheckPreference('Leads'))).toBeNull();
  });

  it('finds a new record by criteria with special characters, by email, and by COQL', async () => {
    const id = await insertLead({ Company: 'Smith, (Jones) & Co\\', Email: 'pat@zylker.example' });
    const criteria = [{ field: 'Company', op: 'equals', value: 'Smith, (Jones) & Co\\' }] as const;
    const byCriteria = value(await crm.search('Leads', { type: 'criteria', criteria }));
    expect(byCriteria.records.map((r) => r.id)).toEqual([id]);
    expect(byCriteria.records[0]?.values.Company).toBe('Smith, (Jones) & Co\\');
    const byEmail = value(await crm.search('Leads', { type: 'email', value: 'pat@zylker.example' }));
    expect(byEmail.records.map((r) => r.id)).toEqual([id]);
    const coql = value(
      await crm.coql("select id, Email from Leads where Email = 'pat@zylker.example' limit 5"),
    );
    expect(coql.records).toEqual([{ id, Email: 'pat@zylker.example' }]);
  });

  it('answers a search without matches with an empty page', async () => {
    expect(value(await crm.search('Leads', { type: 'email', value: 'nobody@nowhere.example' }))).toEqual({
      records: [],
      moreRecords: false,
    });
  });

  it('splits more than ten criteria into several calls and joins the results', async () => {
    const id = await insertLead({ Email: 'last@zylker.example' });
    const criteria = Array.from({ length: 14 }, (_, i) => ({
      field: 'Email',
      op: 'equals' as const,
      value: `n${i}@x.io`,
    }));
    criteria.push({ field: 'Email', op: 'equals', value: 'last@zylker.example' });
    sandbox.resetRequestCount();
    const page = value(await crm.search('Leads', { type: 'criteria', criteria }));
    expect(page.records.map((r) => r.id)).toEqual([id]);
    expect(sandbox.requestCount()).toBe(2);
  });

  it('reads one record with its owner and modified time', async () => {
    const id = await insertLead({ Email: 'one@zylker.example' });
    const record = value(await crm.getRecord('Leads', id));
    expect(record).toMatchObject({ module: 'Leads', id, values: { Email: 'one@zylker.example' } });
    expect(record.owner?.name).toBe('Patricia Boyle');
    expect(record.modifiedTime).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('answers an insert that clashes on a unique field with DUPLICATE_DATA pointing at the record', async () => {
    sandbox.store.setUnique('Leads', 'Email', true);
    const existing = await insertLead({ Email: 'dup@zylker.example' });
    const [outcome] = value(await crm.insert('Leads', [{ Last_Name: 'Other', Email: 'DUP@zylker.example' }]));
    const error = failure(outcome as RecordOutcome);
    expect(error).toMatchObject({ kind: 'zoho', code: 'DUPLICATE_DATA' });
    expect(
      error.kind === 'zoho' && error.clashes.map((c) => [c.field, c.record.id, c.record.module]),
    ).toEqual([['Email', existing, 'Leads']]);
  });

  it('reports every clashing field of MULTIPLE_OR_MULTI_ERRORS as a clash', async () => {
    sandbox.store.setUnique('Leads', 'Email', true);
    sandbox.store.setUnique('Leads', 'Phone', true);
    const existing = await insertLead({ Email: 'two@zylker.example', Phone: '5550102000' });
    const [outcome] = value(
      await crm.insert('Leads', [{ Last_Name: 'Other', Email: 'two@zylker.example', Phone: '5550102000' }]),
    );
    const error = failure(outcome as RecordOutcome);
    expect(error).toMatchObject({ kind: 'zoho', code: 'MULTIPLE_OR_MULTI_ERRORS' });
    expect(error.kind === 'zoho' && error.clashes.map((c) => [c.field, c.record.id]).sort()).toEqual([
      ['Email', existing],
      ['Phone', existing],
    ]);
  });

  it('refuses an update guarded by a stale If-Unmodified-Since with ALREADY_MODIFIED', async () => {
    const id = await insertLead({ Email: 'guard@zylker.example' });
    const [outcome] = value(
      await crm.update('Leads', [{ id, Last_Name: 'New' }], {
        ifUnmodifiedSince: '2000-01-01T00:00:00+00:00',
      }),
    );
    expect(failure(outcome as RecordOutcome)).toMatchObject({ kind: 'zoho', code: 'ALREADY_MODIFIED' });
    const fresh = value(await crm.update('Leads', [{ id, Last_Name: 'New' }]));
    expect(fresh[0]).toMatchObject({ ok: true, value: { action: 'update', id } });
  });

  it('upserts into the record matched by the first duplicate check field given', async () => {
    sandbox.store.setUnique('Leads', 'Phone', true);
    await insertLead({ Email: 'up@zylker.example' });
    const byPhone = await insertLead({ Phone: '5550109999' });
    const data = [{ Last_Name: 'Merged', Email: 'up@zylker.example', Phone: '5550109999' }];
    const outcomes = value(await crm.upsert('Leads', data, { duplicateCheckFields: ['Phone', 'Email'] }));
    expect(outcomes[0]).toMatchObject({
      ok: true,
      value: { action: 'update', duplicateField: 'Phone', id: byPhone },
    });
  });

  it('upserts by email into the existing record, and inserts when nothing matches', async () => {
    const byEmail = await insertLead({ Email: 'up@zylker.example' });
    const update = value(
      await crm.upsert('Leads', [{ Last_Name: 'U', Email: 'up@zylker.example' }], {
        duplicateCheckFields: ['Email'],
      }),
    );
    expect(update[0]).toMatchObject({
      ok: true,
      value: { action: 'update', duplicateField: 'Email', id: byEmail },
    });
    const insert = value(await crm.upsert('Leads', [{ Last_Name: 'N', Email: 'new@zylker.example' }]));
    expect(insert[0]).toMatchObject({ ok: true, value: { action: 'insert', duplicateField: null } });
  });

  it('merges a child into the master and the child is gone', async () => {
    const master = await insertLead({ Email: 'master@zylker.example' });
    const child = await insertLead({ Email: 'child@zylker.example', Company: 'Kept' });
    const merged = value(
      await crm.merge('Leads', master, {
        masterFields: ['Email'],
        children: [{ id: child, fields: ['Company'] }],
      }),
    );
    expect(merged).toEqual({ status: 'merged', id: master });
    expect(value(await crm.getRecord('Leads', master)).values.Company).toBe('Kept');
    expect(failure(await crm.getRecord('Leads', child)).kind).toBe('zoho');
  });

  it('deletes one record by id, and a second delete of it is refused as an invalid id', async () => {
    const id = await insertLead({ Email: 'gone@zylker.example' });
    value(await crm.deleteRecord('Leads', id));
    expect(failure(await crm.getRecord('Leads', id)).kind).toBe('zoho');
    expect(failure(await crm.deleteRecord('Leads', id))).toMatchObject({
      kind: 'zoho',
      code: 'INVALID_DATA',
    });
  });

  it('reads the current user and the org', async () => {
    expect(value(await crm.getCurrentUser())).toMatchObject({
      name: 'Patricia Boyle',
      profile: 'Administrator',
    });
    const org = value(await crm.getOrg());
    expect(org.zgid).toMatch(/^\d+$/);
  });

  it("reads the signed-in user's profile permissions, and refuses a rep's read with NO_PERMISSION", async () => {
    const me = value(await crm.getCurrentUser());
    expect(me).toMatchObject({ profile: 'Administrator', profileId: '4876000000000026011' });
    const permissions = value(await crm.getProfilePermissions(me.profileId ?? ''));
    expect(permissions).toContainEqual({ name: 'Crm_Implied_Variables_Access', enabled: true });
    const rep = make(sandboxFetch(sandbox), 'sandbox-rep-1', fast);
    const profileId = value(await rep.getCurrentUser()).profileId ?? '';
    expect(failure(await rep.getProfilePermissions(profileId))).toMatchObject({
      kind: 'zoho',
      code: 'NO_PERMISSION',
    });
  });

  it('writes and reads an org variable, and one that holds nothing reads empty', async () => {
    value(await crm.setOrgVariable('dp__settings', ''));
    expect(value(await crm.getOrgVariable('dp__settings'))).toBe('');
    value(await crm.setOrgVariable('dp__settings', '{"mode":"warn"}'));
    expect(value(await crm.getOrgVariable('dp__settings'))).toBe('{"mode":"warn"}');
  });

  describe('error kinds', () => {
    it.each([
      ['INVALID_TOKEN', (c: CrmClient) => c.getOrg(), 'bad-token'],
      ['INVALID_MODULE', (c: CrmClient) => c.getFields('Nope'), 'sandbox-admin'],
      ['SYNTAX_ERROR', (c: CrmClient) => c.coql('select from where'), 'sandbox-admin'],
      [
        'INVALID_QUERY',
        (c: CrmClient) => c.coql("select Nope from Leads where Email = 'a' limit 1"),
        'sandbox-admin',
      ],
    ] as const satisfies readonly (readonly [
      string,
      (c: CrmClient) => Promise<Result<unknown, CrmError>>,
      string,
    ])[])('answers %s as a Zoho error', async (code, call, token) => {
      const client = make(sandboxFetch(sandbox), token, fast);
      expect(
        failure(await (call as (c: CrmClient) => Promise<Result<unknown, CrmError>>)(client)),
      ).toMatchObject({ kind: 'zoho', code });
    });

    it('answers TOO_MANY_REQUESTS once the request budget is spent', async () => {
      sandbox.setOptions({ requestBudget: 0 });
      expect(failure(await crm.getModules())).toMatchObject({ kind: 'zoho', code: 'TOO_MANY_REQUESTS' });
    });

    it('tries a failing read three times and a failing write once', async () => {
      sandbox.setOptions({ errorRate: 1 });
      const retrying = make(sandboxFetch(sandbox), 'sandbox-admin', { retries: 2, sleep: async () => {} });
      sandbox.resetRequestCount();
      expect(failure(await retrying.getModules())).toMatchObject({ kind: 'zoho', code: 'INTERNAL_ERROR' });
      expect(sandbox.requestCount()).toBe(3);
      sandbox.resetRequestCount();
      expect(failure(await retrying.insert('Leads', [{ Last_Name: 'X' }]))).toMatchObject({
        code: 'INTERNAL_ERROR',
      });
      expect(sandbox.requestCount()).toBe(1);
    });

    it('times out a slow call', async () => {
      sandbox.setOptions({ latencyMs: 200 });
      expect(failure(await crm.getModules({ timeoutMs: 20 }))).toEqual({ kind: 'timeout', ms: 20 });
    });

    it('answers aborted when the call is superseded', async () => {
      sandbox.setOptions({ latencyMs: 200 });
      const controller = new AbortController();
      const pending = crm.search('Leads', { type: 'email', value: 'a@b.c' }, { signal: controller.signal });
      controller.abort();
      expect(failure(await pending)).toEqual({ kind: 'aborted' });
    });

    it('answers offline when the network fails', async () => {
      const down = make(async () => Promise.reject(new TypeError('fetch failed')), 'sandbox-admin', fast);
      expect(failure(await down.getModules()).kind).toBe('offline');
    });

    it('answers invalid-response when the body is not Zoho-shaped', async () => {
      const odd = make(
        async () => new Response('{"modules":"none"}', { status: 200 }),
        'sandbox-admin',
        fast,
      );
      expect(failure(await odd.getModules()).kind).toBe('invalid-response');
    });
  });
});
