import { type Comparison, compareField } from './compare-field';
import type { MatchConfig } from './match-config';
import type { PreparedRecord } from './prepared-record';
import type { PreparedValue } from './prepared-value';
import type { FieldMatch, MatchField, MatchHow } from './types';

export type RecordScore = { readonly score: number; readonly fields: readonly FieldMatch[] };

const FACTOR: Readonly<Record<MatchHow, number>> = {
  exact: 1,
  case: 1,
  format: 1,
  suffix: 1,
  nickname: 0.9,
  swapped: 0.9,
  phonetic: 0.7,
  typo: 0.8,
  initial: 0.3,
};

const evidence = (f: MatchField, c: Comparison): number => {
  if (c.how) return f.agree * FACTOR[c.how] * (c.how === 'typo' ? c.similarity : 1);
  return c.similarity >= 0.8 ? -f.disagree / 2 : -f.disagree;
};

type Plan = {
  readonly order: readonly number[];
  readonly rest: readonly number[];
  readonly first: number;
  readonly last: number;
  readonly phones: readonly number[];
};

/** Heaviest fields first, skipping those the input leaves empty, so a hopeless candidate is dropped early. */
const planFor = (a: PreparedRecord, config: MatchConfig): Plan => {
  const agreeOf = (i: number): number => config.fields[i]?.agree ?? 0;
  const order = config.fields
    .map((_, i) => i)
    .filter((i) => a[i])
    .sort((x, y) => agreeOf(y) - agreeOf(x));
  const rest = order.map((_, k) => order.slice(k).reduce((sum, i) => sum + agreeOf(i), 0));
  return {
    order,
    rest: [...rest, 0],
    first: config.fields.findIndex((f) => f.kind === 'first_name'),
    last: config.fields.findIndex((f) => f.kind === 'last_name'),
    phones: config.fields.flatMap((f, i) => (f.kind === 'phone' ? [i] : [])),
  };
};

export type Scorer = (b: (index: number) => PreparedValue | null, floor?: number) => RecordScore | null;

/**
 * Field-by-field evidence that a candidate and `a` are one person or company, squashed to 0..1; null as soon as
 * the evidence cannot reach `floor` (log2 odds) any more.
 */
export const makeScorer = (a: PreparedRecord, config: MatchConfig): Scorer => {
  const plan = planFor(a, config);
  return (b, floor = Number.NEGATIVE_INFINITY) => {
    let fields: FieldMatch[] | null = null;
    let total = config.prior;
    let swapped = false;
    let usedPhones = 0;
    for (let k = 0; k < plan.order.length; k++) {
      const i = plan.order[k] ?? 0;
      if (swapped && (i === plan.first || i === plan.last)) continue;
      const f = config.fields[i];
      const x = a[i];
      let y = b(i);
      let via = i;
      if (f && x && f.kind === 'phone') {
        // A number typed as Mobile may be stored as Phone: compare with every phone field of the candidate once.
        const same = y !== null && (usedPhones & (1 << i)) === 0 && compareField('phone', x, y).how !== null;
        const hit = same ? i : matchingPhone(x, b, plan, usedPhones | (1 << i));
        if (hit >= 0) {
          via = hit;
          y = b(hit);
          usedPhones |= 1 << hit;
        }
      }
      if (f && x && y) {
        const c = compareField(f.kind, x, y);
        // Only a plausible swap (the other name starts alike) is worth preparing the second name for.
        if (!c.how && (i === plan.first || i === plan.last) && crossStart(a, plan, i, y.key)) {
          fields ??= [];
          swapped = trySwapped(a, b, config, plan, fields);
        }
        if (swapped && (i === plan.first || i === plan.last))
          total += 0.9 * ((config.fields[plan.first]?.agree ?? 0) + (config.fields[plan.last]?.agree ?? 0));
        else {
          total += evidence(f, c);
          if (c.how) {
            fields ??= [];
            const candidateField = config.fields[via]?.field ?? f.field;
            fields.push({ field: f.field, candidateField, how: c.how, similarity: c.similarity });
          }
        }
      }
      if (total + (plan.rest[k + 1] ?? 0) < floor) return null;
    }
    return { score: 1 / (1 + 2 ** -total), fields: fields ?? [] };
  };
};

const matchingPhone = (
  x: PreparedValue,
  b: (index: number) => PreparedValue | null,
  plan: Plan,
  used: number,
): number => {
  for (const j of plan.phones) {
    const y = (used & (1 << j)) === 0 ? b(j) : null;
    if (y && compareField('phone', x, y).how) return j;
  }
  return -1;
};

const crossStart = (a: PreparedRecord, plan: Plan, i: number, key: string): boolean =>
  a[i === plan.first ? plan.last : plan.first]?.key.charCodeAt(0) === key.charCodeAt(0);

const trySwapped = (
  a: PreparedRecord,
  b: (index: number) => PreparedValue | null,
  config: MatchConfig,
  plan: Plan,
  out: FieldMatch[],
): boolean => {
  if (plan.first < 0 || plan.last < 0) return false;
  const af = a[plan.first];
  const al = a[plan.last];
  const bf = b(plan.first);
  const bl = b(plan.last);
  if (!af || !al || !bf || !bl || af.key === bf.key || al.key === bl.key) return false;
  if (compareField('last_name', af, bl).how === null || compareField('last_name', al, bf).how === null)
    return false;
  const firstName = config.fields[plan.first]?.field ?? '';
  const lastName = config.fields[plan.last]?.field ?? '';
  out.push({ field: firstName, candidateField: lastName, how: 'swapped', similarity: 1 });
  out.push({ field: lastName, candidateField: firstName, how: 'swapped', similarity: 1 });
  return true;
};
