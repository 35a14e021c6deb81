import { describe, expect, it } from 'vitest';
import { bulkInsert, createSandbox, createStore, loadSeed } from '../../src/sandbox/index';
import { generateSeed } from '../../src/sandbox/seed/index';
import { validatingFetch } from './support/oas-auto';

describe('store', () => {
  it('loads a full seed, every record of it', () => {
    const store = createStore({ path: ':memory:' });
    const data = generateSeed({ seed: 3 });
    loadSeed(store, data);
    expect(store.count('Leads')).toBe(data.records.filter((r) => r.module === 'Leads').length);
  });

  it('adds custom fields and bulk-inserts plain records that search then finds', async () => {
    const store = createStore({
      path: ':memory:',
      extraFields: {
        Leads: [
          {
            apiName: 'Social_Security_No',
            label: 'SSN',
            dataType: 'text',
            id: '4876000000009000001',
            custom: true,
          },
        ],
      },
    });
    bulkInsert(store, 'Leads', [{ values: { Last_Name: 'Febrl', Social_Security_No: '123' } }]);
    const sandbox = createSandbox({ store });
    const res = await validatingFetch(sandbox.handleRequest)(
      new Request('http://x/crm/v8/Leads/search?criteria=(Social_Security_No:equals:123)', {
        headers: { Authorization: 'Zoho-oauthtoken sandbox-admin' },
      }),
    );
    expect(res.status).toBe(200);
  });

  it('keeps data across reopening a database file', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'crm.db');
    const first = createStore({ path });
    bulkInsert(first, 'Accounts', [{ values: { Account_Name: 'Kept' } }]);
    first.close();
    expect(createStore({ path }).count('Accounts')).toBe(1);
  });
});
