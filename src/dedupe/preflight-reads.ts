import { matchConfigFor } from './match-config';
import type { Criterion, Values } from './types';

/** The fields the preflight compares: Zoho's check order, the unique fields and the matcher's fields. */
export const comparedFields = (
  module: string,
  order: readonly string[],
  unique: readonly string[],
): string[] => [...new Set([...order, ...unique, ...matchConfigFor(module).fields.map((f) => f.field)])];

/** One equals criterion per distinct value the file holds in a compared field. */
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
