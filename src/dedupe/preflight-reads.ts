import { matchConfigFor } from './match-config';
import type { Criterion, Values } from './types';

/** The fields the preflight compares: Zoho's check order, the unique fields and the matcher's fields. */
export const comparedFields = (
  module: string,
  order: readonly string[],
  unique: readonly string[],
): string[] => [...new Set([...order, ...unique, ...matchConfigFor(module).fields.map((f) => f.field)])];

/** One equals criterion per distinct value the file holds in one of `fields`. */
export const searchCriteria = (rows: readonly (Values | null)[], fields: readonly string[]): Criterion[] => {
  const seen = new Set<string>();
  const out: Criterion[] = [];
  for (const row of rows)
    for (const field of fields) {
      const value = row?.[field];
      if (typeof value !== 'string' || value.trim() === '') continue;
      const key = `${field}\u0000${value.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ field, op: 'equals', value });
    }
  return out;
};

export type SearchPlan = {
  /** Values of the check order and unique fields: each finds a record or two, so one page always holds them. */
  readonly exact: readonly Criterion[];
  /** Names, companies, phones: a value can match hundreds of records, so these calls page. */
  readonly loose: readonly Criterion[];
};

/**
 * The searches that find what a file could match. Exact values go in calls of their own, so a common surname in
 * the same call cannot push the record an email picks off the page; first names alone are too common to search.
 */
export const planSearches = (
  module: string,
  rows: readonly (Values | null)[],
  exactFields: readonly string[],
  available: (field: string) => boolean,
): SearchPlan => {
  const matchFields = matchConfigFor(module)
    .fields.filter((f) => f.kind !== 'first_name')
    .map((f) => f.field);
  const exact = exactFields.filter(available);
  const loose = matchFields.filter((f) => available(f) && !exact.includes(f));
  return { exact: searchCriteria(rows, exact), loose: searchCriteria(rows, loose) };
};
