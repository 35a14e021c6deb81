import { describe, expect, it } from 'vitest';
import { planSearches } from '../../src/dedupe/preflight-reads';
import { bulkInsert, createSandbox, createStore } from '../../src/sandbox/index';
import { createRestClient } from '../../src/zoho/rest-client';
import { searchExisting } from '../../src/zoho/search-existing';

const setup = (smiths: number) => {
  const store = createStore({ path: ':memory:' });
  bulkInsert(store, 'Leads', [
    ...Array.from({ length: smiths }, (_, i) => ({
      values: { Last_Name: 'Smith', Email: `smith${i}@x.io` },
    })),
    { id: '4876000000200000001', values: { Last_Name: 'Smith', Email: 'target@x.io' } },
  ]);
  const sandbox = createSandbox({ store, options: { equalsMeansContains: false } });
  let calls = 0;
  const client = createRestClient({
    baseUrl: 'http://sandbox.test',
    token: 'sandbox-admin',
    fetch: async (input, init) => {
      calls++;
      return sandbox.handleRequest(new Request(input, init));
    },
  });
  return { client, calls: () => calls };
};

describe('searching what a file could match', () => {
  const rows = [{ Last_Name: 'Smith', First_Name: 'Ann', Email: 'target@x.io' }];
  const plan = planSearches('Leads', rows, ['Email'], () => true);

  it('keeps unique values apart from names and never searches a first name alone', () => {
    expect(plan.exact).toEqual([{ field: 'Email', op: 'equals', value: 'target@x.io' }]);
    expect(plan.loose).toEqual([{ field: 'Last_Name', op: 'equals', value: 'Smith' }]);
  });

  it('finds the record an email picks even when a surname matches hundreds, paging the surname', async () => {
    const { client, calls } = setup(450);
    const found = await searchExisting(client, 'Leads', plan);
    expect(found.ok && found.value.records.some((r) => r.id === '4876000000200000001')).toBe(true);
    expect(found.ok && found.value.records).toHaveLength(451);
    // One exact call, then three pages of Smiths.
    expect(calls()).toBe(4);
    expect(found.ok && found.value.truncated).toBe(false);
  });
});
