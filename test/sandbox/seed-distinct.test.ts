import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../src/dedupe/batch-check';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import type { CandidateRecord, Values } from '../../src/dedupe/types';
import { generateSeed, plantedGroups, type SeedData, type SeedRecord } from '../../src/sandbox/seed';

const text = (r: SeedRecord, field: string): string => {
  const v = r.values[field];
  return typeof v === 'string' ? v : v && typeof v === 'object' && 'name' in v ? String(v.name) : '';
};

const unplanted = (data: SeedData, pairs: readonly (readonly [string, string])[]): string[] => {
  const group = plantedGroups(data.manifest);
  return pairs
    .filter(([a, b]) => group.get(a) === undefined || group.get(a) !== group.get(b))
    .map(([a, b]) => `${a}~${b}`);
};

const asCandidate = (r: SeedRecord): CandidateRecord => ({
  module: r.module,
  id: r.id,
  values: r.values as Values,
  owner: null,
  modifiedTime: null,
  converted: false,
});

/** Leads and Contacts as Lead values, so one batch check compares people across both modules. */
const asLead = (r: SeedRecord): Values =>
  (r.module === 'Contacts' ? { ...r.values, Company: text(r, 'Account_Name') } : r.values) as Values;

// Every record against every other through the engine: about a second on an idle core, several when it is shared.
const ENGINE_BUDGET_MS = 30_000;

describe.each([7, 42, 1234])('seed %i holds no duplicates but the planted ones', (seed) => {
  const data = generateSeed({ seed });
  const of = (module: string) => data.records.filter((r) => r.module === module);

  it('no two Accounts share a name (legal form aside) or a website unless planted', () => {
    const seen = new Map<string, string>();
    const pairs: [string, string][] = [];
    for (const a of of('Accounts')) {
      const name = text(a, 'Account_Name')
        .toLowerCase()
        .replace(/\b(inc|llc|ltd|limited|gmbh|corp|corporation|and)\b|[^a-z0-9]/g, '');
      for (const key of [`n|${name}`, `w|${text(a, 'Website')}`]) {
        const earlier = seen.get(key);
        if (earlier) pairs.push([earlier, a.id]);
        else seen.set(key, a.id);
      }
    }
    expect(unplanted(data, pairs)).toEqual([]);
  });

  it('no two Accounts are likely duplicates to the engine unless planted', {
    timeout: ENGINE_BUDGET_MS,
  }, () => {
    const accounts = of('Accounts');
    const candidates: CandidateRecord[] = accounts.map(asCandidate);
    const pairs = accounts.flatMap((a) =>
      scoreCandidates(a.values as Values, candidates, { module: 'Accounts', excludeId: a.id })
        .filter((m) => m.classification !== 'possible')
        .map((m) => [a.id, m.candidate.id] as const),
    );
    expect(unplanted(data, pairs)).toEqual([]);
  });

  it('no two Leads or Contacts are likely duplicates to the engine unless planted', {
    timeout: ENGINE_BUDGET_MS,
  }, () => {
    const people = [...of('Leads'), ...of('Contacts')];
    const report = checkBatch({ module: 'Leads', rows: people.map(asLead), existing: [], order: [] });
    const pairs = report.rows.flatMap((row, i) =>
      row.likelyRows.map((j) => [people[i]?.id ?? '', people[j]?.id ?? ''] as const),
    );
    expect(unplanted(data, pairs)).toEqual([]);
  });

  it('every planted pair of Accounts is a likely duplicate to the engine, either way round', () => {
    const byId = new Map(data.records.map((r) => [r.id, r]));
    const planted = data.manifest.filter(
      (p) => p.original.module === 'Accounts' && p.duplicate.module === 'Accounts',
    );
    expect(planted.length).toBeGreaterThan(0);
    const missed = planted.flatMap(({ kind, original, duplicate }) =>
      [
        [original.id, duplicate.id],
        [duplicate.id, original.id],
      ].flatMap(([from, to]) => {
        const a = byId.get(from ?? '');
        const b = byId.get(to ?? '');
        if (!a || !b) return [`${kind}: ${from} or ${to} missing`];
        const [m] = scoreCandidates(a.values as Values, [asCandidate(b)], { module: 'Accounts' });
        return m && m.classification !== 'possible' ? [] : [`${kind}: ${from} -> ${to}`];
      }),
    );
    expect(missed).toEqual([]);
  });
});
