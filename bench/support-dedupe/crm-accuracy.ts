import type { ScopeTarget } from '../../src/dedupe/check-scope';
import { matchConfigFor } from '../../src/dedupe/match-config';
import { loadNicknameList } from '../../src/dedupe/nicknames';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import type { Values } from '../../src/dedupe/types';
import { loadSeed } from '../../src/sandbox';
import {
  generateSeed,
  type PlantedKind,
  plantedGroups,
  type SeedRecord,
  UNIQUE_FIELDS,
} from '../../src/sandbox/seed';
import { createHarness, findCandidates } from './crm-harness';
import { pairKey, round } from './pair-metrics';

const own = (module: string) => (UNIQUE_FIELDS[module] ?? []).map((f) => ({ from: f, to: f }));

/** What the widget searches for a record of each module by default (converted Leads included). */
const targetsFor = (module: string): readonly ScopeTarget[] => {
  const leads: ScopeTarget = {
    module: 'Leads',
    converted: 'both',
    fieldMap: module === 'Leads' ? own('Leads') : [],
  };
  const contacts: ScopeTarget = {
    module: 'Contacts',
    converted: 'false',
    fieldMap: module === 'Contacts' ? own('Contacts') : [],
  };
  if (module === 'Leads') return [leads, contacts];
  if (module === 'Contacts') return [contacts, leads];
  return [{ module, converted: 'false', fieldMap: own(module) }];
};

/**
 * On the sandbox seed: each planted duplicate is typed again as a new record; recall per planted kind is the
 * share whose original is reported as blocking or likely. Precision counts every blocking/likely report for
 * those queries and for a sample of ordinary records, against the manifest's planted groups.
 */
export const crmAccuracy = async (seed = 7, sample = 300): Promise<Record<string, number>> => {
  await loadNicknameList();
  const data = generateSeed({ seed });
  const { sandbox, client } = createHarness();
  loadSeed(sandbox.store, data);
  const byId = new Map(data.records.map((r) => [r.id, r]));
  const group = plantedGroups(data.manifest);
  const planted = new Set(data.manifest.flatMap((p) => [p.original.id, p.duplicate.id]));
  const ordinary = data.records.filter((r) => !planted.has(r.id) && r.module !== 'Deals' && !r.converted);
  const step = Math.max(1, Math.floor(ordinary.length / sample));
  const queries: SeedRecord[] = [
    ...data.manifest.map((p) => byId.get(p.duplicate.id)).filter((r): r is SeedRecord => !!r),
    ...ordinary.filter((_, i) => i % step === 0).slice(0, sample),
  ];
  const reported = new Set<string>();
  let correct = 0;
  let calls = 0;
  for (const q of queries) {
    const values = q.values as Values;
    const found = await findCandidates(
      client,
      q.module,
      values,
      targetsFor(q.module),
      matchConfigFor(q.module),
    );
    calls += found.calls;
    const matches = scoreCandidates(values, found.candidates, {
      module: q.module,
      scope: targetsFor(q.module),
      excludeId: q.id,
    });
    for (const m of matches) {
      const key = pairKey(q.id, m.candidate.id);
      if (m.classification === 'possible' || reported.has(key)) continue;
      reported.add(key);
      // Two duplicates of one planted original are a true pair too.
      if (group.get(q.id) !== undefined && group.get(q.id) === group.get(m.candidate.id)) correct++;
    }
  }
  const perKind = new Map<PlantedKind, { hit: number; all: number }>();
  for (const p of data.manifest) {
    const k = perKind.get(p.kind) ?? { hit: 0, all: 0 };
    k.all++;
    if (reported.has(pairKey(p.original.id, p.duplicate.id))) k.hit++;
    perKind.set(p.kind, k);
  }
  const recalls = Object.fromEntries(
    [...perKind].map(([kind, k]) => [`crm_recall_${kind}`, round(k.hit / k.all)]),
  );
  return {
    crm_recall_min: Math.min(...Object.values(recalls)),
    crm_precision: round(reported.size ? correct / reported.size : 1),
    crm_queries: queries.length,
    crm_calls_per_query: round(calls / queries.length),
    ...recalls,
  };
};
