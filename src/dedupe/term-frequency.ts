import type { MatchConfig } from './match-config';
import { keyOf } from './prepared-value';
import type { MatchKind, Values } from './types';

/**
 * Per match field, for each value seen: how much more (or less) an exact agreement on that value says than an
 * agreement on an average value, in log2 odds; null for fields whose values are not weighed by how common they are.
 */
export type TermWeights = readonly (ReadonlyMap<string, number> | null)[];

// Strangers share a name or a town in proportion to how common it is: two "Smith"s in London say less than two
// "Okonkwo"s in Truro. Emails, phones and addresses are one person's or one place's, whatever their frequency.
const WEIGHED: ReadonlySet<MatchKind> = new Set(['first_name', 'last_name', 'full_name', 'city']);

// A value seen once in a large file would otherwise claim many bits; one seen everywhere would cancel an agreement.
const MAX_ADJUSTMENT = 4;

/**
 * Term-frequency adjustment of the Fellegi–Sunter agreement weight (as in Splink): a field's weight assumes the
 * chance that two strangers agree is its average over values, Σ f², where f is each value's share of the records;
 * for a value v it is f(v), so an agreement on v is worth log2(Σ f² / f(v)) more, bounded to ±4 bits. Counted over
 * `records` (an import file with the records it is checked against, their fields named as the config's), keyed by
 * the prepared value's key: a file of distinct values adjusts nothing.
 */
export const termWeights = (records: readonly Values[], config: MatchConfig): TermWeights =>
  config.fields.map((f) => {
    if (!WEIGHED.has(f.kind)) return null;
    const counts = new Map<string, number>();
    let total = 0;
    for (const record of records) {
      const key = keyOf(f.kind, record[f.field]);
      if (!key) continue;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      total++;
    }
    if (total === 0) return null;
    let sumOfSquares = 0;
    for (const n of counts.values()) sumOfSquares += (n / total) ** 2;
    const weights = new Map<string, number>();
    for (const [key, n] of counts) {
      const bits = Math.log2(sumOfSquares / (n / total));
      weights.set(key, Math.max(-MAX_ADJUSTMENT, Math.min(MAX_ADJUSTMENT, bits)));
    }
    return weights;
  });
