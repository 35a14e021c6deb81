import { loadNicknameList } from '../../src/dedupe/nicknames';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import type { Thresholds } from '../../src/dedupe/types';
import { bulkInsert } from '../../src/sandbox';
import { createHarness, findCandidates } from './crm-harness';
import { FEBRL_CONFIG, FEBRL_FIELDS, FEBRL_THRESHOLDS, type FebrlRow, readFebrl } from './febrl';
import { pairKey, pairMetrics, round } from './pair-metrics';

const TARGETS = [{ module: 'Leads', converted: 'false' as const }];

/**
 * Queries every record of `queryFile` as if a rep typed it, against a sandbox holding `againstFile` (the same
 * file when deduplicating). True duplicates share the N of `rec-N-…`.
 */
export const febrlAccuracy = async (
  queryFile: string,
  againstFile?: string,
  thresholds: Thresholds = FEBRL_THRESHOLDS,
): Promise<Record<string, number>> => {
  await loadNicknameList();
  const queries = readFebrl(queryFile);
  const stored = againstFile ? readFebrl(againstFile) : queries;
  const linking = againstFile !== undefined;
  const { sandbox, client } = createHarness({ Leads: FEBRL_FIELDS });
  const ids = bulkInsert(
    sandbox.store,
    'Leads',
    stored.map((r) => ({ values: r.values })),
    0,
  );
  const byId = new Map(ids.map((id, i) => [id, stored[i] as FebrlRow]));
  const selfId = new Map(linking ? [] : ids.map((id, i) => [stored[i]?.recId ?? '', id]));
  const name = (r: FebrlRow, side: 'q' | 's') => (linking ? `${side}:${r.recId}` : r.recId);

  const truth = truePairs(queries, stored, linking, name);
  const predicted = new Set<string>();
  const blocked = new Set<string>();
  let calls = 0;
  let dupQueries = 0;
  let top5 = 0;
  for (const q of queries) {
    const found = await findCandidates(client, 'Leads', q.values, TARGETS, FEBRL_CONFIG);
    calls += found.calls;
    const ranked = scoreCandidates(q.values, found.candidates, {
      module: 'Leads',
      config: FEBRL_CONFIG,
      thresholds: { likely: thresholds.likely, possible: 0 },
      excludeId: selfId.get(q.recId) ?? null,
    });
    for (const c of found.candidates) {
      const r = byId.get(c.id);
      if (r && c.id !== selfId.get(q.recId)) blocked.add(pairKey(name(q, 'q'), name(r, 's')));
    }
    for (const m of ranked) {
      const r = byId.get(m.candidate.id);
      if (r && m.classification !== 'possible') predicted.add(pairKey(name(q, 'q'), name(r, 's')));
    }
    if (q.recId.includes('-dup-') && stored.some((s) => s.recId === `rec-${q.entity}-org`)) {
      dupQueries++;
      if (ranked.slice(0, 5).some((m) => byId.get(m.candidate.id)?.recId === `rec-${q.entity}-org`)) top5++;
    }
  }
  const m = pairMetrics(predicted, truth);
  const base = pairMetrics(baselinePairs(queries, stored, linking, name), truth);
  const blocking = pairMetrics(blocked, truth);
  return {
    precision: round(m.precision),
    recall: round(m.recall),
    f1: round(m.f1),
    top5: round(dupQueries ? top5 / dupQueries : 1),
    queries: queries.length,
    calls_per_query: round(calls / queries.length),
    baseline_precision: round(base.precision),
    baseline_recall: round(base.recall),
    baseline_f1: round(base.f1),
    blocking_recall: round(blocking.recall),
    true_pairs: truth.size,
  };
};

type Namer = (r: FebrlRow, side: 'q' | 's') => string;

const truePairs = (
  queries: readonly FebrlRow[],
  stored: readonly FebrlRow[],
  linking: boolean,
  name: Namer,
): Set<string> => {
  const byEntity = new Map<string, FebrlRow[]>();
  for (const s of stored) byEntity.set(s.entity, [...(byEntity.get(s.entity) ?? []), s]);
  const out = new Set<string>();
  for (const q of queries)
    for (const s of byEntity.get(q.entity) ?? [])
      if (linking || s.recId !== q.recId) out.add(pairKey(name(q, 'q'), name(s, 's')));
  return out;
};

/** What Zoho does alone: the social security number equal, or first name, last name and birth date all equal. */
const baselinePairs = (
  queries: readonly FebrlRow[],
  stored: readonly FebrlRow[],
  linking: boolean,
  name: Namer,
): Set<string> => {
  const keys = (r: FebrlRow) => {
    const v = r.values;
    const ks = [`s|${v.Social_Security_No}`];
    if (v.First_Name && v.Date_of_Birth) ks.push(`n|${v.First_Name}|${v.Last_Name}|${v.Date_of_Birth}`);
    return ks;
  };
  const index = new Map<string, FebrlRow[]>();
  for (const s of stored) for (const k of keys(s)) index.set(k, [...(index.get(k) ?? []), s]);
  const out = new Set<string>();
  for (const q of queries)
    for (const k of keys(q))
      for (const s of index.get(k) ?? [])
        if (linking || s.recId !== q.recId) out.add(pairKey(name(q, 'q'), name(s, 's')));
  return out;
};
