import {
  blockedSessions,
  LEVELS,
  MISSING,
  type PairLevels,
  RULE_KINDS,
  randomPairs,
  type Session,
} from './calibrate-pairs';
import { configFromRules, type MatchConfig } from './match-config';
import { type PreparedRecord, prepareRecord } from './prepared-record';
import type { Calibration, FieldRule } from './settings';
import { matchesPeople, SiteTally, siteRole } from './site-evidence';
import type { Level, LevelWeights, MatchKind, Thresholds, Values } from './types';

/**
 * Fellegi–Sunter weights learned from the org's own records, without labels, as Splink learns them: u (how often
 * a level occurs between two different records) from random pairs, then m (how often it occurs between two records
 * of one person) and the share of duplicates among the blocked pairs by expectation maximisation, u held fixed.
 */

export type CalibrationInput = {
  readonly module: string;
  readonly rules: readonly FieldRule[];
  readonly records: readonly Values[];
  readonly thresholds: Thresholds;
  readonly seed?: number;
};

export type LearnedLevel = {
  readonly level: Level;
  /** log2(m/u), clamped; the hand-set weight where the sample never showed the level. */
  readonly weight: number;
  readonly defaultWeight: number;
  readonly m: number;
  readonly u: number;
  /** False: the sample never showed this level between candidate pairs, so the hand-set weight stays. */
  readonly learned: boolean;
};

export type LearnedField = { readonly field: string; readonly levels: readonly LearnedLevel[] };

/** Expected precision and recall of the pairs scoring at or above `threshold`, from the fitted mixture. */
export type CurvePoint = { readonly threshold: number; readonly precision: number; readonly recall: number };

export type CalibrationFailure = 'too-few-records' | 'too-few-pairs' | 'no-fields' | 'no-duplicates';

export type CalibrationOutcome =
  | {
      readonly ok: true;
      readonly calibration: Calibration;
      readonly fields: readonly LearnedField[];
      /** Share of duplicates among the blocked pairs. */
      readonly lambda: number;
      readonly curve: readonly CurvePoint[];
      readonly sample: { readonly records: number; readonly pairs: number; readonly randomPairs: number };
      readonly iterations: number;
    }
  | {
      readonly ok: false;
      readonly reason: CalibrationFailure;
      readonly sample: { readonly records: number; readonly pairs: number };
    };

/** Below these the estimate says more about chance than about the org. */
const MIN_RECORDS = 50;
const MIN_PAIRS = 30;
/** Fewer expected duplicates than this among the pairs and m is noise. */
const MIN_EXPECTED_MATCHES = 3;
const MAX_PAIRS = 60_000;
const RANDOM_PAIRS = 20_000;
const MAX_ITERATIONS = 200;
const TOLERANCE = 1e-6;
/** Pseudo-counts added to every level before dividing (Laplace smoothing), so no level is ever impossible. */
const SMOOTHING = 0.5;
/** Learned weights stay within the range of the hand-set table and a little past it. */
export const WEIGHT_RANGE = { min: -10, max: 20 } as const;
/**
 * A sample of a few thousand records moves a hand-set weight by at most this many bits (a factor of 8 in the
 * likelihood ratio): enough to follow the org's data, not enough for one odd sample to undo what is known of CRM data
 * (colleagues share a company and its website without being one person, which no unlabelled sample can show).
 */
export const MAX_SHIFT = 3;
/** The starting log2 odds stay between one duplicate in about 4,000 candidates and even odds. */
const PRIOR_RANGE = { min: -12, max: 0 } as const;
const CURVE_THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99];

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const log2 = Math.log2;
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Share of each level per field among `pairs`, each pair weighted (default 1), with the pseudo-counts added. */
const levelShares = (
  pairs: PairLevels,
  weightOf: (pair: number) => number = () => 1,
): { shares: number[][]; raw: number[][] } => {
  const raw = Array.from({ length: pairs.fields }, () => LEVELS.map(() => 0));
  for (let k = 0; k < pairs.count; k++) {
    const w = weightOf(k);
    for (let f = 0; f < pairs.fields; f++) {
      const l = pairs.levels[k * pairs.fields + f] as number;
      if (l !== MISSING) (raw[f] as number[])[l] = ((raw[f] as number[])[l] as number) + w;
    }
  }
  const shares = raw.map((counts) => {
    const total = counts.reduce((s, c) => s + c, 0) + SMOOTHING * LEVELS.length;
    return counts.map((c) => (c + SMOOTHING) / total);
  });
  return { shares, raw };
};

/** log2 odds of a duplicate for pair `k` under m, u and the prior, over the fields `use` allows. */
const pairOdds = (
  pairs: PairLevels,
  k: number,
  m: number[][],
  u: number[][],
  prior: number,
  use: readonly boolean[],
): number => {
  let total = prior;
  for (let f = 0; f < pairs.fields; f++) {
    const l = pairs.levels[k * pairs.fields + f] as number;
    if (l !== MISSING && use[f])
      total += log2(((m[f] as number[])[l] as number) / ((u[f] as number[])[l] as number));
  }
  return total;
};

const probability = (odds: number): number => 1 / (1 + 2 ** -odds);

/** m to start from: the hand-set weights read back through u (m = u · 2^weight), normalised per field. */
const startingM = (config: MatchConfig, u: number[][]): number[][] =>
  config.fields.map((f, i) => {
    const raw = LEVELS.map((l, k) => ((u[i] as number[])[k] as number) * 2 ** f.weights[l]);
    const total = raw.reduce((s, x) => s + x, 0);
    return raw.map((x) => x / total);
  });

/** What one blocking rule's pairs teach: m for the fields its keys do not involve, and its share of duplicates. */
type Fit = {
  readonly session: Session;
  /** Fields this session estimates (those its keys do not already make agree). */
  readonly estimates: readonly boolean[];
  readonly m: number[][];
  readonly lambda: number;
  readonly posterior: Float64Array;
  readonly iterations: number;
  /** Pairs per field and level, unweighted: which levels the sample showed at all. */
  readonly seen: number[][];
};

/**
 * Expectation maximisation of m and lambda over one rule's pairs, u fixed. The fields the rule blocks on agree in
 * every pair by construction, so they neither vote in the E-step nor get an m here (Splink's training sessions).
 */
const fitSession = (session: Session, config: MatchConfig, u: number[][]): Fit => {
  const pairs = session.pairs;
  const blockedKinds = RULE_KINDS[session.rule];
  const estimates = config.fields.map((f) => !blockedKinds.includes(f.kind));
  let m = startingM(config, u);
  let lambda = 0.1;
  const posterior = new Float64Array(pairs.count);
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const prior = log2(lambda / (1 - lambda));
    for (let k = 0; k < pairs.count; k++)
      posterior[k] = probability(pairOdds(pairs, k, m, u, prior, estimates));
    const next = levelShares(pairs, (k) => posterior[k] as number).shares;
    const nextLambda = clamp(
      posterior.reduce((s, p) => s + p, 0) / pairs.count,
      1 / (pairs.count + 1),
      pairs.count / (pairs.count + 1),
    );
    const change = Math.max(
      Math.abs(nextLambda - lambda),
      ...next.flatMap((row, f) => row.map((x, l) => Math.abs(x - ((m[f] as number[])[l] as number)))),
    );
    m = next;
    lambda = nextLambda;
    if (change < TOLERANCE) break;
  }
  return {
    session,
    estimates,
    m,
    lambda,
    posterior,
    iterations: iterations + 1,
    seen: levelShares(pairs).raw,
  };
};

/** Each field's m as the sessions that estimate it found it, weighted by their expected duplicates; null: none. */
const combineM = (fits: readonly Fit[], fields: number): { m: (number[] | null)[]; seen: number[][] } => {
  const m: (number[] | null)[] = [];
  const seen: number[][] = [];
  for (let f = 0; f < fields; f++) {
    const sum = LEVELS.map(() => 0);
    const count = LEVELS.map(() => 0);
    let weight = 0;
    for (const x of fits) {
      if (!x.estimates[f]) continue;
      const w = x.lambda * x.session.pairs.count;
      weight += w;
      LEVELS.forEach((_, l) => {
        sum[l] = (sum[l] as number) + w * ((x.m[f] as number[])[l] as number);
        count[l] = (count[l] as number) + ((x.seen[f] as number[])[l] as number);
      });
    }
    m.push(weight > 0 ? sum.map((s) => s / weight) : null);
    seen.push(count);
  }
  return { m, seen };
};

/** Per field and level: the learned weight where the sample showed the level, else the hand-set one. */
const learnedFields = (
  config: MatchConfig,
  m: readonly (number[] | null)[],
  u: number[][],
  seenAmongPairs: readonly (readonly number[])[],
): LearnedField[] =>
  config.fields.map((f, i) => ({
    field: f.field,
    levels: LEVELS.map((level, l): LearnedLevel => {
      const mi = m[i]?.[l] ?? 0;
      const ui = (u[i] as number[])[l] as number;
      const learned = m[i] !== null && ((seenAmongPairs[i] as number[])[l] as number) > 0;
      const weight = learned
        ? round2(
            clamp(
              clamp(log2(mi / ui), f.weights[level] - MAX_SHIFT, f.weights[level] + MAX_SHIFT),
              WEIGHT_RANGE.min,
              WEIGHT_RANGE.max,
            ),
          )
        : f.weights[level];
      return { level, weight, defaultWeight: f.weights[level], m: mi, u: ui, learned };
    }),
  }));

const weightsOf = (field: LearnedField): LevelWeights =>
  Object.fromEntries(field.levels.map((l) => [l.level, l.weight])) as LevelWeights;

/** Expected precision and recall at each threshold over every session's pairs, each a duplicate with its posterior. */
const curveOf = (
  fits: readonly Fit[],
  scoreOf: (pairs: PairLevels, k: number) => number,
  thresholds: Thresholds,
): CurvePoint[] => {
  const points = [...new Set([...CURVE_THRESHOLDS, thresholds.possible, thresholds.likely])].sort(
    (a, b) => a - b,
  );
  const scored = fits.flatMap((x) =>
    Array.from(x.posterior, (p, k) => ({ p, score: scoreOf(x.session.pairs, k) })),
  );
  const expected = scored.reduce((s, x) => s + x.p, 0);
  return points.map((threshold) => {
    let above = 0;
    let hits = 0;
    for (const x of scored)
      if (x.score >= threshold) {
        above++;
        hits += x.p;
      }
    return { threshold, precision: above ? hits / above : 1, recall: expected ? hits / expected : 0 };
  });
};

/** The config's field kinds, and whether they match people, for counting a site's agreements once. */
type Fields = { readonly kinds: readonly MatchKind[]; readonly person: boolean };

/**
 * Log2 odds of the sum of `weights` at each present level of pair `k`, over the fields `use` allows, one site's
 * agreements counted once as the engine counts them (see `site-evidence.ts`).
 */
const evidenceOf = (
  pairs: PairLevels,
  k: number,
  weights: readonly LevelWeights[],
  use: readonly boolean[],
  { kinds, person }: Fields,
) => {
  let total = 0;
  const site = new SiteTally();
  for (let f = 0; f < pairs.fields; f++) {
    const l = pairs.levels[k * pairs.fields + f] as number;
    if (l === MISSING || !use[f]) continue;
    const level = LEVELS[l] as Level;
    total += site.add(siteRole(kinds[f] as MatchKind, level, person), (weights[f] as LevelWeights)[level]);
  }
  return total;
};

/**
 * The engine's starting log2 odds: a session's share of duplicates already contains the agreement its keys imply,
 * which the engine adds again through those fields' weights; so each session's prior is its log2 odds less that
 * agreement's mean weight, averaged over sessions by their pairs.
 */
const priorOf = (fits: readonly Fit[], weights: readonly LevelWeights[], fields: Fields): number => {
  let sum = 0;
  let pairs = 0;
  for (const x of fits) {
    const n = x.session.pairs.count;
    const implied = x.estimates.map((e) => !e);
    let blockedEvidence = 0;
    for (let k = 0; k < n; k++) blockedEvidence += evidenceOf(x.session.pairs, k, weights, implied, fields);
    sum += n * (log2(x.lambda / (1 - x.lambda)) - blockedEvidence / n);
    pairs += n;
  }
  return clamp(sum / pairs, PRIOR_RANGE.min, PRIOR_RANGE.max);
};

/** Learns the module's weights from a sample of its records; a clear failure where the sample cannot tell. */
export const calibrate = (input: CalibrationInput): CalibrationOutcome => {
  const config = configFromRules(input.rules);
  const records = input.records.length;
  if (config.fields.length === 0) return { ok: false, reason: 'no-fields', sample: { records, pairs: 0 } };
  if (records < MIN_RECORDS) return { ok: false, reason: 'too-few-records', sample: { records, pairs: 0 } };
  const prepared: PreparedRecord[] = input.records.map((v) => prepareRecord(v, config, input.module));
  const kinds = config.fields.map((f) => f.kind);
  const site: Fields = { kinds, person: matchesPeople(kinds) };
  // Records of people that share a website are colleagues: trained on those pairs EM learns "same company", not
  // "same person", so person modules leave that rule out.
  const sessions = blockedSessions(input.records, prepared, config, MAX_PAIRS).filter(
    (s) => s.pairs.count >= MIN_PAIRS && !(site.person && s.rule === 'website'),
  );
  const pairs = sessions.reduce((s, x) => s + x.pairs.count, 0);
  if (sessions.length === 0) return { ok: false, reason: 'too-few-pairs', sample: { records, pairs } };
  const random = randomPairs(prepared, config, RANDOM_PAIRS, input.seed ?? 1);
  const u = levelShares(random).shares;
  const fits = sessions.map((s) => fitSession(s, config, u));
  const expected = fits.reduce((s, x) => s + x.lambda * x.session.pairs.count, 0);
  if (expected < MIN_EXPECTED_MATCHES)
    return { ok: false, reason: 'no-duplicates', sample: { records, pairs } };
  const { m, seen } = combineM(fits, config.fields.length);
  const fields = learnedFields(config, m, u, seen);
  const weights = fields.map(weightsOf);
  const prior = round2(priorOf(fits, weights, site));
  const calibration: Calibration = {
    prior,
    fields: Object.fromEntries(fields.map((f) => [f.field, weightsOf(f)])),
  };
  const all = config.fields.map(() => true);
  return {
    ok: true,
    calibration,
    fields,
    lambda: expected / pairs,
    curve: curveOf(
      fits,
      (p, k) => probability(prior + evidenceOf(p, k, weights, all, site)),
      input.thresholds,
    ),
    sample: { records, pairs, randomPairs: random.count },
    iterations: Math.max(...fits.map((x) => x.iterations)),
  };
};
