import { type Comparison, compareField } from '../../src/dedupe/compare-field';
import { configAcross, DEFAULT_THRESHOLDS, type MatchConfig } from '../../src/dedupe/match-config';
import { type PreparedRecord, prepareRecord } from '../../src/dedupe/prepared-record';
import type {
  CandidateRecord,
  FieldMatch,
  MatchClass,
  MatchField,
  Thresholds,
  Values,
} from '../../src/dedupe/types';

/**
 * The Fellegi–Sunter total written as plainly as it can be: every field the typed record fills is compared with
 * the candidate's, and the weight of the level it reached is added to the prior. No ordering, pruning, caching
 * or stand-in values: what the optimised scorer must equal.
 */
export type ReferenceScore = {
  readonly total: number;
  readonly score: number;
  readonly fields: readonly FieldMatch[];
};

const agrees = (c: Comparison): boolean => c.how !== null;

/**
 * First and last name typed the other way round: neither agrees in place, each agrees with the other field; the
 * two cross comparisons (the typed first name's, then the typed last name's), or null.
 */
const namesSwapped = (
  a: PreparedRecord,
  b: PreparedRecord,
  first: number,
  last: number,
): readonly [Comparison, Comparison] | null => {
  if (first < 0 || last < 0) return null;
  const [af, al, bf, bl] = [a[first], a[last], b[first], b[last]];
  if (!af || !al || !bf || !bl) return null;
  if (agrees(compareField('first_name', af, bf)) || agrees(compareField('last_name', al, bl))) return null;
  // A swap is only looked for when one name starts with the other's first character.
  if (af.key.charCodeAt(0) !== bl.key.charCodeAt(0) && al.key.charCodeAt(0) !== bf.key.charCodeAt(0))
    return null;
  const cf = compareField('last_name', af, bl);
  const cl = compareField('last_name', al, bf);
  return agrees(cf) && agrees(cl) ? [cf, cl] : null;
};

export const referenceScore = (
  values: Values,
  candidate: CandidateRecord,
  module: string,
  base: MatchConfig,
): ReferenceScore => {
  const config = configAcross(base, module, candidate.module);
  const a = prepareRecord(values, config, module);
  const b = prepareRecord(candidate.values, config, candidate.module, module);
  const fields = config.fields;
  const first = fields.findIndex((f) => f.kind === 'first_name');
  const last = fields.findIndex((f) => f.kind === 'last_name');
  const phones = fields.flatMap((f, i) => (f.kind === 'phone' ? [i] : []));
  const swapped = namesSwapped(a, b, first, last);
  const usedPhones = new Set<number>();
  const out: FieldMatch[] = [];
  let total = config.prior;
  fields.forEach((f: MatchField, i) => {
    const x = a[i];
    if (!x) return;
    if (swapped && (i === first || i === last)) {
      // Each name weighs the level its comparison with the candidate's other name reached.
      const cross = swapped[i === first ? 0 : 1];
      total += f.weights[cross.level];
      const other = fields[i === first ? last : first]?.field ?? '';
      out.push({ field: f.field, candidateField: other, how: 'swapped', similarity: cross.similarity });
      return;
    }
    if (f.kind === 'phone') {
      // A typed number counts its strongest agreement among the candidate's numbers not matched yet, its own
      // field first on a tie; with none, its own field's number disagrees.
      const agreeing = [i, ...phones.filter((j) => j !== i)].flatMap((j) => {
        const y = b[j];
        const c = y && !usedPhones.has(j) ? compareField('phone', x, y) : null;
        return c && agrees(c) ? [{ j, c }] : [];
      });
      const best = agreeing.reduce<(typeof agreeing)[number] | undefined>(
        (m, h) => (!m || f.weights[h.c.level] > f.weights[m.c.level] ? h : m),
        undefined,
      );
      if (best) {
        usedPhones.add(best.j);
        total += f.weights[best.c.level];
        const candidateField = fields[best.j]?.field ?? f.field;
        out.push({
          field: f.field,
          candidateField,
          how: best.c.how ?? 'format',
          similarity: best.c.similarity,
        });
        return;
      }
      if (b[i]) total += f.weights.differ;
      return;
    }
    const y = b[i];
    if (!y) return;
    const c = compareField(f.kind, x, y);
    total += f.weights[c.level];
    if (c.how) out.push({ field: f.field, candidateField: f.field, how: c.how, similarity: c.similarity });
  });
  return { total, score: 1 / (1 + 2 ** -total), fields: out };
};

/** The tier a reference score falls in (Zoho's unique-field clashes aside). */
export const referenceClass = (
  score: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): MatchClass | null =>
  score >= thresholds.likely ? 'likely' : score >= thresholds.possible ? 'possible' : null;
