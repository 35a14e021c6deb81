import { SEARCH_LIFETIME_MS } from './cache-lifetime';
import { meetsCriterion } from './meets-criterion';
import type { CandidateRecord, Criterion } from './types';

/** What earlier searches in this session found, per module and condition. Owned by the caller, never mutated. */
export type SearchCache = ReadonlyMap<string, readonly CandidateRecord[]>;

export const EMPTY_CACHE: SearchCache = new Map();

/** Each condition's records with the time (ms) their search answered, from which `recallSearches` makes a cache. */
export type SearchMemory = ReadonlyMap<
  string,
  { readonly records: readonly CandidateRecord[]; readonly at: number }
>;

export const EMPTY_MEMORY: SearchMemory = new Map();

export const cacheKey = (module: string, converted: string, c: Criterion): string =>
  `${module}|${converted}|${c.field}|${c.op}|${c.value.toLowerCase()}`;

/**
 * A new memory that also holds one search's answer, received at `at`. An answer cut off at a page (more records
 * than one page holds) is not kept: the records it left out would be missing from every later check.
 */
export const rememberSearch = (
  memory: SearchMemory,
  search: { readonly module: string; readonly converted: string; readonly criteria: readonly Criterion[] },
  answer: { readonly records: readonly CandidateRecord[]; readonly moreRecords: boolean },
  at: number,
): SearchMemory => {
  if (answer.moreRecords) return memory;
  const next = new Map(memory);
  for (const c of search.criteria)
    next.set(cacheKey(search.module, search.converted, c), {
      records: answer.records.filter((r) => meetsCriterion(r, c)),
      at,
    });
  return next;
};

/** The answers still young enough at `now` to stand in for a search. */
export const recallSearches = (
  memory: SearchMemory,
  now: number,
  lifetimeMs = SEARCH_LIFETIME_MS,
): SearchCache => {
  const cache = new Map<string, readonly CandidateRecord[]>();
  for (const [key, { records, at }] of memory) if (now - at < lifetimeMs) cache.set(key, records);
  return cache;
};
