import { asText } from './fold';
import type { CandidateRecord, Criterion } from './types';

/** What earlier searches in this session found, per module and condition. Owned by the caller, never mutated. */
export type SearchCache = ReadonlyMap<string, readonly CandidateRecord[]>;

export const EMPTY_CACHE: SearchCache = new Map();

export const cacheKey = (module: string, converted: string, c: Criterion): string =>
  `${module}|${converted}|${c.field}|${c.op}|${c.value.toLowerCase()}`;

/** Re-checks locally which condition each record satisfies, since Zoho's `equals` may behave like "contains". */
export const satisfies = (record: CandidateRecord, c: Criterion): boolean => {
  const v = asText(record.values[c.field]).toLowerCase();
  const want = c.value.toLowerCase();
  return c.op === 'equals' ? v === want : v.startsWith(want);
};

/** A new cache that also remembers one search's answer. */
export const rememberSearch = (
  cache: SearchCache,
  search: { readonly module: string; readonly converted: string; readonly criteria: readonly Criterion[] },
  records: readonly CandidateRecord[],
): SearchCache => {
  const next = new Map(cache);
  for (const c of search.criteria)
    next.set(
      cacheKey(search.module, search.converted, c),
      records.filter((r) => satisfies(r, c)),
    );
  return next;
};
