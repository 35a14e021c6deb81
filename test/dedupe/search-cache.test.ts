import { describe, expect, it } from 'vitest';
import { SEARCH_LIFETIME_MS } from '../../src/dedupe/cache-lifetime';
import { EMPTY_MEMORY, recallSearches, rememberSearch } from '../../src/dedupe/search-cache';
import { record } from './support';

const search = {
  module: 'Leads',
  converted: 'both',
  criteria: [
    { field: 'Email', op: 'equals' as const, value: 'bob@acme.com' },
    { field: 'Last_Name', op: 'starts_with' as const, value: 'Smi' },
  ],
};
const bob = record('L1', { Email: 'BOB@acme.com', Last_Name: 'Smith' });
const other = record('L2', { Email: 'ann@acme.com', Last_Name: 'Smithers' });

describe('the session memory of searches', () => {
  it('files each record under the conditions it satisfies, case aside', () => {
    const memory = rememberSearch(EMPTY_MEMORY, search, { records: [bob, other], moreRecords: false }, 0);
    const cache = recallSearches(memory, 0);
    expect(cache.get('Leads|both|Email|equals|bob@acme.com')?.map((r) => r.id)).toEqual(['L1']);
    expect(cache.get('Leads|both|Last_Name|starts_with|smi')?.map((r) => r.id)).toEqual(['L1', 'L2']);
  });

  it('recalls an answer until its lifetime is over, and never after', () => {
    const memory = rememberSearch(EMPTY_MEMORY, search, { records: [bob], moreRecords: false }, 1_000);
    expect(recallSearches(memory, 1_000 + SEARCH_LIFETIME_MS - 1).size).toBe(2);
    expect(recallSearches(memory, 1_000 + SEARCH_LIFETIME_MS).size).toBe(0);
  });

  it('keeps a newer answer for a condition while an older one for another condition expires', () => {
    const first = rememberSearch(EMPTY_MEMORY, search, { records: [bob], moreRecords: false }, 0);
    const again = { ...search, criteria: search.criteria.slice(0, 1) };
    const memory = rememberSearch(first, again, { records: [], moreRecords: false }, SEARCH_LIFETIME_MS);
    const cache = recallSearches(memory, SEARCH_LIFETIME_MS + 1);
    expect([...cache.keys()]).toEqual(['Leads|both|Email|equals|bob@acme.com']);
    expect(cache.get('Leads|both|Email|equals|bob@acme.com')).toEqual([]);
  });

  it('never keeps an answer cut off at a page: the records it left out would be missing later', () => {
    const memory = rememberSearch(EMPTY_MEMORY, search, { records: [bob], moreRecords: true }, 0);
    expect(memory).toBe(EMPTY_MEMORY);
    expect(recallSearches(memory, 0).size).toBe(0);
  });
});
