import type { Criterion } from '../dedupe/types';
import { encodeValue, wellFormed } from './well-formed';

/** Zoho rejects more criteria than this in one search call. */
export const MAX_CRITERIA_PER_CALL = 10;

/** Backslash before ( ) , and before a backslash: a trailing one would escape the closing `)`, and one before
 * an escaped parenthesis would pair with that escape instead. */
export const escapeCriteriaValue = (value: string): string => value.replace(/[(),\\]/g, (c) => `\\${c}`);

const one = (c: Criterion): string => `(${c.field}:${c.op}:${escapeCriteriaValue(wellFormed(c.value))})`;

const chunk = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** OR-ed criteria strings, `(A)` or `((A)or(B))`, at most ten criteria each: one per search call. */
export const criteriaStrings = (criteria: readonly Criterion[]): readonly string[] =>
  chunk(criteria, MAX_CRITERIA_PER_CALL).map((group) =>
    group.length === 1 ? one(group[0] as Criterion) : `(${group.map(one).join('or')})`,
  );

/** `criteria=...` query strings, the whole value URL-encoded, one per search call. */
export const criteriaQueries = (criteria: readonly Criterion[]): readonly string[] =>
  criteriaStrings(criteria).map((s) => `criteria=${encodeValue(s)}`);
