import { compareField, screenFor } from './compare-field';
import type { Comparison, Screen } from './comparison';
import type { MatchConfig } from './match-config';
import type { PreparedRecord, ValueMemo } from './prepared-record';
import type { PreparedValue } from './prepared-value';
import { matchesPeople, SiteTally, siteRole } from './site-evidence';
import type { TermWeights } from './term-frequency';
import type { FieldMatch, MatchField, MatchKind } from './types';

export type RecordScore = { readonly score: number; readonly fields: readonly FieldMatch[] };

/** Fellegi–Sunter: each compared field adds the log2 likelihood ratio of the level it reached. */
const evidence = (f: MatchField, c: Comparison): number => f.weights[c.level];

// Kinds whose comparison costs several passes over words and whose values rarely repeat across candidates.
const COSTLY: ReadonlySet<MatchKind> = new Set(['company', 'street', 'website', 'text']);

/**
 * Fields that can rule a candidate out cheaply go first: how far a disagreement moves the bound, halved for costly
 * kinds. The order changes only how soon a hopeless candidate is dropped, never a score.
 */
const pruning = (f: MatchField | undefined): number =>
  f ? (best(f) - f.weights.differ) * (COSTLY.has(f.kind) ? 0.5 : 1) : 0;

/**
 * The most a field can add: its strongest level's weight, or nothing (an empty candidate field). Learned weights
 * need not rank the levels as the table does (a close agreement may outweigh an equal one), so every level counts.
 */
const best = (f: MatchField | undefined): number => {
  if (!f) return 0;
  const w = f.weights;
  return Math.max(0, w.exact, w.equal, w.close, w.partial, w.differ);
};

type Plan = {
  readonly order: readonly number[];
  readonly rest: readonly number[];
  readonly first: number;
  readonly last: number;
  readonly phones: readonly number[];
};

const PLANS = new WeakMap<MatchConfig, Map<number, Plan>>();

/** Heaviest fields first, skipping those the input leaves empty, so a hopeless candidate is dropped early. */
const planFor = (a: PreparedRecord, config: MatchConfig): Plan => {
  // A batch makes a scorer per row, but rows fill the same few sets of fields: one plan per set.
  let mask = 0;
  for (let i = 0; i < config.fields.length; i++) if (a[i]) mask |= 1 << i;
  let plans = PLANS.get(config);
  if (!plans) {
    plans = new Map();
    PLANS.set(config, plans);
  }
  let plan = plans.get(mask);
  if (!plan) {
    plan = newPlan(a, config);
    plans.set(mask, plan);
  }
  return plan;
};

const newPlan = (a: PreparedRecord, config: MatchConfig): Plan => {
  const agreeOf = (i: number): number => best(config.fields[i]);
  const sorted = config.fields
    .map((_, i) => i)
    .filter((i) => a[i])
    .sort((x, y) => pruning(config.fields[y]) - pruning(config.fields[x]));
  // Typed numbers claim the candidate's numbers in the config's order (the first takes its best match): the phone
  // fields keep that order among the places the sort gave them.
  const phonesInOrder = sorted.filter((i) => config.fields[i]?.kind === 'phone').sort((x, y) => x - y);
  let nextPhone = 0;
  const order = sorted.map((i) =>
    config.fields[i]?.kind === 'phone' ? (phonesInOrder[nextPhone++] as number) : i,
  );
  const rest = order.map((_, k) => order.slice(k).reduce((sum, i) => sum + agreeOf(i), 0));
  return {
    order,
    rest: [...rest, 0],
    first: config.fields.findIndex((f) => f.kind === 'first_name'),
    last: config.fields.findIndex((f) => f.kind === 'last_name'),
    phones: config.fields.flatMap((f, i) => (f.kind === 'phone' ? [i] : [])),
  };
};

/** Cheaper reads of the candidate than preparing its values, for screens that turn most candidates away. */
export type UnpreparedReads = {
  /** A name field's first letter (see `nameInitial`): -1 when it cannot tell, -2 when the field is empty. */
  readonly initial: (index: number) => number;
  /** A field as stored text (`asText`), '' when it is empty. */
  readonly text: (index: number) => string;
  /** What the candidate's value in field `index` was already found to be, once it has been read (`ValueMemo`). */
  readonly memo: (index: number) => ValueMemo | null;
};

/** `b` reads the candidate's prepared values; `unprepared`, when given, lets screens skip most of them. */
export type Scorer = (
  b: (index: number) => PreparedValue | null,
  floor?: number,
  unprepared?: UnpreparedReads,
) => RecordScore | null;

/**
 * `y`, the candidate's value in field `i`, compared as `kind` compares with the typed `x`: the value of its own field
 * (`inPlace`) or, for a name, the typed other name (`crossed`, swapped names). Once per distinct value when the
 * reads keep memos.
 */
const compareOnce = (
  slot: 'inPlace' | 'crossed',
  i: number,
  kind: MatchKind,
  x: PreparedValue,
  y: PreparedValue,
  reads: UnpreparedReads | undefined,
): Comparison => {
  const memo = reads?.memo(i);
  if (!memo) return compareField(kind, x, y);
  memo[slot] ??= compareField(kind, x, y);
  return memo[slot];
};

/**
 * Field-by-field evidence that a candidate and `a` are one person or company, squashed to 0..1; null as soon as
 * the evidence cannot reach `floor` (log2 odds) any more. With `terms`, an exact or equal agreement in place also
 * weighs how common `a`'s value is.
 */
export const makeScorer = (
  a: PreparedRecord,
  config: MatchConfig,
  many = false,
  terms?: TermWeights,
): Scorer => {
  const plan = planFor(a, config);
  const { order, rest: fieldsRest, first, last } = plan;
  const bonus = terms ? config.fields.map((_, i) => (a[i] && terms[i]?.get(a[i].key)) || 0) : null;
  // The most the fields from the k-th on can still add, adjustments included: the bound that drops hopeless
  // candidates must allow for them.
  let rest = fieldsRest;
  if (bonus?.some((b) => b > 0)) {
    const lifted = [...fieldsRest];
    for (let k = order.length - 1, lift = 0; k >= 0; k--) {
      lift += Math.max(0, bonus[order[k] as number] as number);
      lifted[k] = (fieldsRest[k] as number) + lift;
    }
    rest = lifted;
  }
  const fieldsOf = config.fields;
  const person = matchesPeople(config.fields.map((f) => f.kind));
  // Many candidates: emails and phones that surely disagree are told from their stored text, never prepared.
  const screens = many ? config.fields.map((f, i) => (a[i] ? screenFor(f.kind, a[i]) : null)) : null;
  return (b, floor = Number.NEGATIVE_INFINITY, unprepared) => {
    let fields: FieldMatch[] | null = null;
    let total = config.prior;
    let swapped = false;
    let swapTried = false;
    let usedPhones = 0;
    // Made at the first agreement of a part of a site (see site-evidence.ts): most candidates agree on none.
    let site: SiteTally | null = null;
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const isName = i === first || i === last;
      if (isName && !swapTried) {
        // Names are weighed as a pair once, at the first of them: in place, or the other way round.
        swapTried = true;
        const swap = trySwapped(a, b, config, plan, unprepared);
        if (swap) {
          swapped = true;
          total += swap.weight;
          fields ??= [];
          fields.push(...swap.fields);
        }
      }
      if (swapped && isName) {
        if (total + (rest[k + 1] as number) < floor) return null;
        continue;
      }
      const f = fieldsOf[i] as MatchField;
      const x = a[i] as PreparedValue;
      if (f.kind === 'phone') {
        // A number typed as Mobile may be stored as Phone: the strongest agreement among the candidate's numbers
        // not matched yet counts (its own field on a tie); with none, its own field's number disagrees.
        const hit = bestPhone(i, b, plan, usedPhones, x, f, screens?.[i], unprepared);
        if (hit === OWN_DIFFERS) total += f.weights.differ;
        else if (hit) {
          usedPhones |= 1 << hit.via;
          const w = evidence(f, hit.c);
          const role = w > 0 ? siteRole('phone', hit.c.level, person) : 0;
          if (role) {
            site ??= new SiteTally();
            total += site.add(role, w);
          } else total += w;
          fields ??= [];
          const candidateField = fieldsOf[hit.via]?.field ?? f.field;
          fields.push({
            field: f.field,
            candidateField,
            how: hit.c.how ?? 'format',
            similarity: hit.c.similarity,
          });
        }
      } else {
        const screen = screens?.[i];
        const text = screen && unprepared ? unprepared.text(i) : null;
        const far = !!text && !!screen?.(text);
        const y = far || text === '' ? null : b(i);
        if (y) {
          const c = compareOnce('inPlace', i, f.kind, x, y, unprepared);
          let w = evidence(f, c);
          if (bonus && (c.level === 'exact' || c.level === 'equal')) w += bonus[i] as number;
          const role = w > 0 ? siteRole(f.kind, c.level, person) : 0;
          if (role) {
            site ??= new SiteTally();
            total += site.add(role, w);
          } else total += w;
          if (c.how) {
            fields ??= [];
            fields.push({ field: f.field, candidateField: f.field, how: c.how, similarity: c.similarity });
          }
        } else if (far) total += f.weights.differ;
      }
      if (total + (rest[k + 1] as number) < floor) return null;
    }
    if (total < floor) return null;
    if (fields && fields.length > 1)
      fields.sort((p, q) => fieldIndex(config, p.field) - fieldIndex(config, q.field));
    return { score: 1 / (1 + 2 ** -total), fields: fields ?? [] };
  };
};

const fieldIndex = (config: MatchConfig, field: string): number =>
  config.fields.findIndex((f) => f.field === field);

/** The candidate's own number is there and agrees with none: it weighs as a disagreement. */
const OWN_DIFFERS = 'own differs';

/**
 * The candidate's number (own field first, then its other phone fields not claimed yet) that agrees best with the
 * typed `x`; `screen` tells most disagreements from the stored text without preparing the number.
 */
const bestPhone = (
  i: number,
  b: (index: number) => PreparedValue | null,
  plan: Plan,
  used: number,
  x: PreparedValue,
  f: MatchField,
  screen?: Screen | null | false,
  unprepared?: UnpreparedReads,
): { readonly via: number; readonly c: Comparison } | typeof OWN_DIFFERS | null => {
  let best: { via: number; c: Comparison } | null = null;
  let own = false;
  for (let k = -1; k < plan.phones.length; k++) {
    const j = k < 0 ? i : (plan.phones[k] as number);
    if (k >= 0 && j === i) continue;
    const text = screen && unprepared ? unprepared.text(j) : null;
    if (text === '') continue;
    const far = !!text && !!screen && screen(text);
    if (k < 0) own = far || !!b(j);
    if (far || used & (1 << j)) continue;
    const y = b(j);
    if (!y) continue;
    const c = compareField('phone', x, y);
    if (c.how && (!best || f.weights[c.level] > f.weights[best.c.level])) best = { via: j, c };
  }
  return best ?? (own ? OWN_DIFFERS : null);
};

type Swap = { readonly weight: number; readonly fields: readonly FieldMatch[] };

const startsAlike = (x: PreparedValue | null | undefined, y: PreparedValue | null | undefined): boolean =>
  !!x && !!y && x.key.charCodeAt(0) === y.key.charCodeAt(0);

/**
 * First and last name typed the other way round, or one name typed in the other's field: no name agrees in place,
 * at least one typed name agrees with the candidate's other name field, and one crossed pair starts alike (a cheap
 * test that turns most candidates away first; a scrambled name may have lost its first letter). Each crossed name
 * weighs its own field's weight for the level its cross comparison reached (two exact names swapped are as rare
 * between strangers as the same two names; a crossed name that disagrees, garbled beside the swap, weighs as a
 * disagreement once, not twice); null when there is no swap.
 */
const trySwapped = (
  a: PreparedRecord,
  b: (index: number) => PreparedValue | null,
  config: MatchConfig,
  plan: Plan,
  unprepared?: UnpreparedReads,
): Swap | null => {
  const { first, last } = plan;
  if (first < 0 || last < 0) return null;
  const af = a[first];
  const al = a[last];
  const bl = b(last);
  if (!startsAlike(af, bl)) {
    // Most candidates' first names start otherwise than the typed last name: told without reading them.
    const initial = al && unprepared ? unprepared.initial(first) : -1;
    if (initial === -2 || (initial >= 0 && initial !== al?.key.charCodeAt(0))) return null;
    if (!startsAlike(al, b(first))) return null;
  }
  const bf = b(first);
  // Crossed names first: they rarely agree, and names in place are compared only when the bound needs them.
  const cf = af && bl ? compareOnce('crossed', last, 'last_name', af, bl, unprepared) : null;
  const cl = al && bf ? compareOnce('crossed', first, 'last_name', al, bf, unprepared) : null;
  if (!cf?.how && !cl?.how) return null;
  if (af && bf && compareOnce('inPlace', first, 'first_name', af, bf, unprepared).how) return null;
  if (al && bl && compareOnce('inPlace', last, 'last_name', al, bl, unprepared).how) return null;
  const firstField = config.fields[first] as MatchField;
  const lastField = config.fields[last] as MatchField;
  const fields: FieldMatch[] = [];
  // Both names crossed is a swap; one name found in the other's field, beside a garbled or empty one, is not.
  const how = cf?.how && cl?.how ? 'swapped' : 'crossed';
  let weight = 0;
  for (const [c, own, other] of [
    [cf, firstField, lastField],
    [cl, lastField, firstField],
  ] as const) {
    if (!c) continue;
    weight += own.weights[c.level];
    if (c.how)
      fields.push({
        field: own.field,
        candidateField: other.field,
        how,
        similarity: c.similarity,
      });
  }
  return { weight, fields };
};
