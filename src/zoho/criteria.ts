import { MAX_CRITERIA } from '../dedupe/search-limits';
import type { Criterion } from '../dedupe/types';
import { wellFormed } from './well-formed';

/** Backslash before ( ) , and before a backslash: a trailing one would escape the closing `)`, and one before
 * an escaped parenthesis would pair with that escape instead. */
export const escapeCriteriaValue = (value: string): string => value.replace(/[(),\\]/g, (c) => `\\${c}`);

const one = (c: Criterion): string => `(${c.field}:${c.op}:${escapeCriteriaValue(wellFormed(c.value))})`;

/** Criteria in groups Zoho takes in one search call. */
export const criteriaChunks = (criteria: readonly Criterion[]): readonly (readonly Criterion[])[] => {
  const out: Criterion[][] = [];
  for (let i = 0; i < criteria.length; i += MAX_CRITERIA) out.push(criteria.slice(i, i + MAX_CRITERIA));
  return out;
};

/** OR-ed criteria strings, `(A)` or `((A)or(B))`, at most ten criteria each: one per search call. */
export const criteriaStrings = (criteria: readonly Criterion[]): readonly string[] =>
  criteriaChunks(criteria).map((group) =>
    group.length === 1 ? one(group[0] as Criterion) : `(${group.map(one).join('or')})`,
  );
