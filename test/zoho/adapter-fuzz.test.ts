import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrmClient } from '../../src/zoho/crm-client';
import type { CrmError } from '../../src/zoho/crm-error';
import { createRestClient } from '../../src/zoho/rest-client';
import { createSdkClient } from '../../src/zoho/sdk-client';
import type { ZohoSdk } from '../../src/zoho/zoho-sdk';

const fast = { retries: 0, sleep: async () => {} };

/** Every operation, called with fixed arguments: the payload is what varies. */
const operations: readonly ((c: CrmClient) => Promise<unknown>)[] = [
  (c) => c.getModules(),
  (c) => c.getFields('Leads'),
  (c) => c.getDuplicateCheckPreference('Leads'),
  (c) =>
    c.saveDuplicateCheckPreference('Leads', {
      type: 'converted_records',
      mappedModule: null,
      fieldMappings: [],
    }),
  (c) => c.deleteDuplicateCheckPreference('Leads'),
  (c) =>
    c.search('Leads', { type: 'criteria', criteria: [{ field: 'Email', op: 'equals', value: 'a@b.c' }] }),
  (c) => c.search('Leads', { type: 'email', value: 'a@b.c' }),
  (c) => c.coql("select id from Leads where Email = 'a' limit 1"),
  (c) => c.getRecord('Leads', '1'),
  (c) => c.insert('Leads', [{ Last_Name: 'x' }]),
  (c) => c.update('Leads', [{ id: '1', Last_Name: 'x' }], { ifUnmodifiedSince: '2024-01-15T15:26:49+05:30' }),
  (c) => c.upsert('Leads', [{ Last_Name: 'x' }], { duplicateCheckFields: ['Email'] }),
  (c) => c.merge('Leads', '1', { masterFields: ['Email'], children: [{ id: '2', fields: [] }] }),
  (c) => c.deleteRecord('Leads', '1'),
  (c) => c.getCurrentUser(),
  (c) => c.getOrg(),
  (c) => c.getOrgVariable('dp__settings'),
  (c) => c.setOrgVariable('dp__settings', '{}'),
];

/** Arbitrary JSON, plus near-Zoho shapes so the parsers' deeper branches are reached too. */
const payload = fc.oneof(
  fc.jsonValue(),
  fc.record({
    code: fc.constantFrom('DUPLICATE_DATA', 'MULTIPLE_OR_MULTI_ERRORS', 'SUCCESS', 'X'),
    details: fc.jsonValue(),
  }),
  fc.record({
    data: fc.array(fc.record({ code: fc.string(), status: fc.string(), details: fc.jsonValue() })),
  }),
  fc.record({ details: fc.record({ statusMessage: fc.oneof(fc.jsonValue(), fc.json()) }) }),
);

const wellFormed = (result: unknown): boolean => {
  const r = result as { ok: boolean; error?: CrmError };
  if (r.ok) return true;
  const e = r.error as CrmError;
  if (e.kind === 'invalid-response') return e.issues.length > 0;
  return e.kind === 'zoho' && typeof e.code === 'string' && Array.isArray(e.clashes);
};

describe('adapters fed arbitrary payloads', () => {
  it('the REST adapter never throws and answers a value or a CrmError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(operations.length - 1),
        fc.constantFrom(200, 201, 204, 207, 400, 401, 412, 429, 500),
        fc.oneof(
          payload.map((p) => JSON.stringify(p)),
          fc.string(),
        ),
        async (op, status, body) => {
          const client = createRestClient({
            baseUrl: 'https://www.zohoapis.com',
            token: 't',
            fetch: async () => new Response(status === 204 ? null : body, { status }),
            policy: fast,
          });
          expect(wellFormed(await (operations[op] as (c: CrmClient) => Promise<unknown>)(client))).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('the SDK adapter never throws on arbitrary resolutions and rejections', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(operations.length - 1),
        fc.boolean(),
        fc.oneof(payload, fc.anything()),
        async (op, rejects, value) => {
          const answer = () => (rejects ? Promise.reject(value) : Promise.resolve(value));
          const anyCall = new Proxy({}, { get: () => answer });
          const zoho = { CRM: new Proxy({}, { get: () => anyCall }) } as unknown as ZohoSdk;
          const client = createSdkClient(zoho, { policy: fast });
          const result = await (operations[op] as (c: CrmClient) => Promise<unknown>)(client);
          expect(wellFormed(result)).toBe(true);
          if (rejects && !(result as { ok: boolean }).ok) {
            expect(['zoho', 'invalid-response']).toContain((result as { error: CrmError }).error.kind);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
