import { type Comparison, compareField } from '../../src/dedupe/compare-field';
import { configAcross, DEFAULT_THRESHOLDS, type MatchConfig } from '../../src/dedupe/match-config';
import { type PreparedRecord, prepareRecord } from '../../src/dedupe/prepared-record';
import { SITE_CORROBORATION } from '../../src/dedupe/site-evidence';
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
 * First and last name typed the other way round, or one typed in the other's field: no name agrees in place, every
 * typed name that meets the candidate's other name field agrees with it, at least one does, and one of those starts
 * with the other's first character. The cross comparisons (the typed first name's, the typed last name's; null
 * where a side is empty), or null when there is no swap.
 */
const namesSwapped = (
  a: PreparedRecord,
  b: PreparedRecord,
  first: number,
  last: number,
): readonly [Comparison | null, Comparison | null] | null => {
  if (first < 0 || last < 0) return null;
  const [af, al, bf, bl] = [a[first], a[last], b[first], b[last]];
  if (af && bf && agrees(compareField('first_name', af, bf))) return null;
  if (al && bl && agrees(compareField('last_name', al, bl))) return null;
  const alike = (x: typeof af, y: typeof af) => !!x && !!y && x.key.charCodeAt(0) === y.key.charCodeAt(0);
  if (!alike(af, bl) && !alike(al, bf)) return null;
  const cf = af && bl ? compareField('last_name', af, bl) : null;
  const cl = al && bf ? compareField('last_name', al, bf) : null;
  return [cf, cl].some((c) => c && agrees(c)) ? [cf, cl] : null;
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
  // Agreements of one site, added up after the loop: an address's parts and a surname.
  const parts: number[] = [];
  let surname = 0;
  let building = false;
  // Phones are where someone is reached, and a person's company where they work: parts of a site like an address's.
  const person = fields.some((f) => ['first_name', 'last_name', 'full_name'].includes(f.kind));
  fields.forEach((f: MatchField, i) => {
    const x = a[i];
    if (!x) return;
    if (swapped && (i === first || i === last)) {
      // Each name weighs the level its comparison with the candidate's other name reached (nothing without one).
      const cross = swapped[i === first ? 0 : 1];
      if (!cross) return;
      total += f.weights[cross.level];
      if (!agrees(cross)) return;
      const other = fields[i === first ? last : first]?.field ?? '';
      // Both crossed names agreeing is a swap; one alone was typed in the other's field.
      const how =
        swapped[0] && agrees(swapped[0]) && swapped[1] && agrees(swapped[1]) ? 'swapped' : 'crossed';
      out.push({ field: f.field, candidateField: other, how, similarity: cross.similarity });
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
        const w = f.weights[best.c.level];
        if (w > 0) parts.push(w);
        else total += w;
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
    const w = f.weights[c.level];
    const sitePart =
      f.kind === 'street' || f.kind === 'postcode' || f.kind === 'city' || (person && f.kind === 'company');
    if (w > 0 && sitePart) {
      parts.push(w);
      building ||= f.kind === 'street' && c.level !== 'partial';
    } else if (w > 0 && f.kind === 'last_name') surname = w;
    else total += w;
    if (c.how) out.push({ field: f.field, candidateField: f.field, how: c.how, similarity: c.similarity });
  });
  // One address counts once: its strongest agreeing part (or a surname shared at the same house number) in full,
  // the others together at most SITE_CORROBORATION more; a surname beside a city or postcode alone counts apart.
  const site = building && surname ? [...parts, surname] : parts;
  if (site.length > 0) {
    const top = Math.max(...site);
    total += top + Math.min(site.reduce((sum, w) => sum + w, 0) - top, SITE_CORROBORATION);
  }
  if (!building) total += surname;
  return { total, score: 1 / (1 + 2 ** -total), fields: out };
};

/** The tier a reference score falls in (Zoho's unique-field clashes aside). */
export const referenceClass = (
  score: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): MatchClass | null =>
  score >= thresholds.likely ? 'likely' : score >= thresholds.possible ? 'possible' : null;
