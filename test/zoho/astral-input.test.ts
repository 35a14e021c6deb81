import { describe, expect, it } from 'vitest';
import { ADAPTERS, freshSandbox, sandboxFetch } from './contract/adapters';

const names = ['Wu😀', '𝓙𝓸𝓱𝓷', '高橋𠮷'];

describe.each(ADAPTERS)('$name with astral characters', ({ make }) => {
  const setUp = async () => {
    const client = make(sandboxFetch(freshSandbox()), 'sandbox-admin', { retries: 0 });
    for (const name of names) await client.insert('Leads', [{ Last_Name: name, Company: 'Acme' }]);
    return client;
  };

  it.each(names)('finds the Lead named %s by an exact search', async (name) => {
    const client = await setUp();
    const page = await client.search('Leads', {
      type: 'criteria',
      criteria: [{ field: 'Last_Name', op: 'equals', value: name }],
    });
    expect(page.ok && page.value.records.map((r) => r.values.Last_Name)).toEqual([name]);
  });

  it('answers a value cut in half through a surrogate pair with a value, never a rejection', async () => {
    const client = await setUp();
    const half = 'Wu😀'.slice(0, 3);
    const calls = [
      client.search('Leads', {
        type: 'criteria',
        criteria: [{ field: 'Last_Name', op: 'starts_with', value: half }],
      }),
      client.search('Leads', { type: 'word', value: half }),
      client.getRecord('Leads', half),
      client.getOrgVariable(half),
    ];
    const settled = await Promise.allSettled(calls);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    const [criteria] = await Promise.all(calls);
    expect(criteria?.ok).toBe(true);
  });
});
