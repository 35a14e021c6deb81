import { systemDuplicateCheckField } from '../../src/dedupe/system-fields';
import type { CandidateRecord, Match, Values } from '../../src/dedupe/types';
import { bulkInsert } from '../../src/sandbox';
import { createEngineChecker } from '../../src/widget/check/engine-checker';
import type { CrmClient } from '../../src/zoho/crm-client';
import { createHarness } from './crm-harness';
import type { LabelledRow } from './labelled-csv';
import { pairKey, pairMetrics, round } from './pair-metrics';

/**
 * Inserts every row into `module` of an in-process sandbox, then checks each row as a rep typing it would be:
 * the widget's own checker (default settings, its search plan, its scoring) over the REST client. Pairs of rows
 * with one entity are the true duplicates.
 */
export const csvAccuracy = async (
  rows: readonly LabelledRow[],
  module: string,
): Promise<Record<string, number>> => {
  const { sandbox, client } = createHarness();
  const ids = bulkInsert(
    sandbox.store,
    module,
    rows.map((r) => ({ values: r.values })),
    0,
  );
  const index = new Map(ids.map((id, i) => [id, i]));
  const truth = truePairs(rows);
  const likely = new Set<string>();
  const either = new Set<string>();
  const blocked = new Set<string>();
  let calls = 0;
  let withDuplicate = 0;
  let top5 = 0;
  const counting: CrmClient = {
    ...client,
    search: async (m, q, o) => {
      calls++;
      const page = await client.search(m, q, o);
      if (page.ok) found.push(...page.value.records);
      return page;
    },
  };
  let found: CandidateRecord[] = [];
  for (const [i, row] of rows.entries()) {
    found = [];
    // A new checker per row: each row is a rep's first check, with nothing cached from earlier rows.
    const check = createEngineChecker(counting);
    const answer = await check(
      { module, values: row.values, excludeId: ids[i] ?? null },
      new AbortController().signal,
    );
    if (!answer.ok) throw new Error(`check failed: ${JSON.stringify(answer.error)}`);
    for (const c of found) {
      const j = index.get(c.id);
      if (j !== undefined && j !== i) blocked.add(pairKey(String(i), String(j)));
    }
    const ranked: Match[] = [...answer.value.matches];
    for (const m of ranked) {
      const j = index.get(m.candidate.id);
      if (j === undefined || j === i) continue;
      either.add(pairKey(String(i), String(j)));
      if (m.classification !== 'possible') likely.add(pairKey(String(i), String(j)));
    }
    if (hasDuplicate(rows, i)) {
      withDuplicate++;
      if (ranked.slice(0, 5).some((m) => rows[index.get(m.candidate.id) ?? -1]?.entity === row.entity))
        top5++;
    }
  }
  const m = pairMetrics(likely, truth);
  const mp = pairMetrics(either, truth);
  const base = pairMetrics(baselinePairs(rows, module), truth);
  return {
    precision: round(m.precision),
    recall: round(m.recall),
    f1: round(m.f1),
    likely_possible_precision: round(mp.precision),
    likely_possible_recall: round(mp.recall),
    likely_possible_f1: round(mp.f1),
    top5: round(withDuplicate ? top5 / withDuplicate : 1),
    blocking_recall: round(pairMetrics(blocked, truth).recall),
    calls_per_query: round(calls / Math.max(1, rows.length)),
    baseline_precision: round(base.precision),
    baseline_recall: round(base.recall),
    baseline_f1: round(base.f1),
    queries: rows.length,
    true_pairs: truth.size,
  };
};

const groups = new WeakMap<readonly LabelledRow[], Map<string, number[]>>();
const byEntity = (rows: readonly LabelledRow[]): Map<string, number[]> => {
  let g = groups.get(rows);
  if (!g) {
    g = new Map();
    for (const [i, r] of rows.entries()) g.set(r.entity, [...(g.get(r.entity) ?? []), i]);
    groups.set(rows, g);
  }
  return g;
};

const hasDuplicate = (rows: readonly LabelledRow[], i: number): boolean =>
  (byEntity(rows).get(rows[i]?.entity ?? '')?.length ?? 0) > 1;

const truePairs = (rows: readonly LabelledRow[]): Set<string> => {
  const out = new Set<string>();
  for (const members of byEntity(rows).values())
    for (const a of members) for (const b of members) if (a < b) out.add(pairKey(String(a), String(b)));
  return out;
};

/** Zoho's own exact match: the module's system duplicate-check field equal, ignoring case and surrounding space. */
const baselinePairs = (rows: readonly LabelledRow[], module: string): Set<string> => {
  const field = systemDuplicateCheckField(module, true) ?? 'Name';
  const seen = new Map<string, number[]>();
  for (const [i, r] of rows.entries()) {
    const v = text(r.values, field);
    if (v) seen.set(v, [...(seen.get(v) ?? []), i]);
  }
  const out = new Set<string>();
  for (const members of seen.values())
    for (const a of members) for (const b of members) if (a < b) out.add(pairKey(String(a), String(b)));
  return out;
};

const text = (values: Values, field: string): string => {
  const v = values[field];
  return typeof v === 'string' ? v.trim().toLowerCase() : '';
};
