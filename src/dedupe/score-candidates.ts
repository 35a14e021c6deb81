import type { ScopeTarget } from './check-scope';
import { asText } from './fold';
import { configAcross, DEFAULT_THRESHOLDS, type MatchConfig, matchConfigFor } from './match-config';
import { fieldIn } from './modules';
import { candidateReader, type PreparedRecord, prepareRecord } from './prepared-record';
import { makeScorer, type Scorer } from './score-record';
import type { CandidateRecord, FieldDiff, FieldMatch, Match, MatchClass, Thresholds, Values } from './types';

export type ScoreOptions = {
  /** The module the values are being saved in. */
  readonly module: string;
  readonly config?: MatchConfig;
  readonly thresholds?: Thresholds;
  /** Where Zoho refuses a save or an upsert picks a record: per module, our field -> its unique field. */
  readonly scope?: readonly ScopeTarget[];
  /** The record being edited is never its own duplicate. */
  readonly excludeId?: string | null;
};

const RANK: Readonly<Record<MatchClass, number>> = { blocking: 0, likely: 1, possible: 2 };

/** Most certain first: what Zoho blocks, then likely, then possible; within each, the higher score. */
export const byCertainty = (x: Match, y: Match): number =>
  RANK[x.classification] - RANK[y.classification] || y.score - x.score;
// Most candidates clash on nothing: one shared empty list instead of one per candidate.
const NONE: readonly string[] = [];

/** What a score is at the thresholds, Zoho's unique fields aside: likely, possible, or nothing to show. */
export const scoreClass = (score: number, thresholds: Thresholds): 'likely' | 'possible' | null =>
  score >= thresholds.likely ? 'likely' : score >= thresholds.possible ? 'possible' : null;

/** Scores and explains every candidate; returns those at or above `possible`, most certain first. */
export const scoreCandidates = (
  values: Values,
  candidates: readonly CandidateRecord[],
  options: ScoreOptions,
): readonly Match[] => {
  const config = options.config ?? matchConfigFor(options.module);
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const input = prepareRecord(values, config, options.module);
  // Candidates come module by module: the scorer of the last one serves the next.
  const scorers = new Map<string, Scorer>();
  const scope = new Map((options.scope ?? []).map((t) => [t.module, t.fieldMap]));
  let lastModule = '';
  let score: Scorer = makeScorer(input, config, true);
  let fieldMap = scope.get(options.module);
  const moduleIs = (module: string): void => {
    if (module === lastModule) return;
    lastModule = module;
    score = scorers.get(module) ?? makeScorer(input, configAcross(config, options.module, module), true);
    scorers.set(module, score);
    fieldMap = scope.get(module);
  };
  const seen = new Set<string>();
  const reader = candidateReader(config, options.module);
  const floor = Math.log2(thresholds.possible / (1 - thresholds.possible));
  const matches: Match[] = [];
  const excludeId = options.excludeId;
  for (const candidate of candidates) {
    if (candidate.id === excludeId) continue;
    moduleIs(candidate.module);
    const blockingFields = fieldMap?.length ? clashes(values, candidate.values, fieldMap) : NONE;
    const scored = score(reader.use(candidate), blockingFields.length ? -Infinity : floor, reader);
    // A record found by two searches is reported once; only survivors are worth remembering.
    if (!scored || seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const { fields } = scored;
    const classification: MatchClass | null =
      blockingFields.length > 0 ? 'blocking' : scoreClass(scored.score, thresholds);
    if (classification)
      matches.push({
        candidate,
        classification,
        score: scored.score,
        fields,
        blockingFields,
        differing: differing(input, config, options.module, candidate, fields),
      });
  }
  return matches.sort(byCertainty);
};

/**
 * The fields both records hold that agree in no way: the typed value's field is not among `fields`, and the
 * candidate's is not one an agreement already used (a typed Phone found as the candidate's Mobile). Worked out for
 * the matches shown only.
 */
const differing = (
  input: PreparedRecord,
  config: MatchConfig,
  module: string,
  candidate: CandidateRecord,
  fields: readonly FieldMatch[],
): readonly FieldDiff[] => {
  const theirs = prepareRecord(candidate.values, config, candidate.module, module);
  const out: FieldDiff[] = [];
  config.fields.forEach((f, i) => {
    if (!input[i] || !theirs[i]) return;
    if (fields.some((m) => m.field === f.field || m.candidateField === f.field)) return;
    out.push({ field: f.field, candidateField: fieldIn(module, candidate.module, f.field) });
  });
  return out;
};

/** Fields Zoho sees as equal: its unique check ignores case and surrounding spaces, not format. */
export const clashes = (
  values: Values,
  other: Values,
  fieldMap: readonly { readonly from: string; readonly to: string }[],
): readonly string[] => {
  const out: string[] = [];
  for (const { from, to } of fieldMap) {
    const a = asText(values[from]);
    if (a && a.toLowerCase() === asText(other[to]).toLowerCase()) out.push(from);
  }
  return out;
};
