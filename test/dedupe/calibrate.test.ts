import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../bench/support-dedupe/generate-linkage';
import { keysOf } from '../../src/dedupe/batch-likely';
import { type CalibrationOutcome, calibrate, MAX_SHIFT, WEIGHT_RANGE } from '../../src/dedupe/calibrate';
import { configFromRules } from '../../src/dedupe/match-config';
import { prepareRecord } from '../../src/dedupe/prepared-record';
import { makeScorer } from '../../src/dedupe/score-record';
import { type Calibration, DEFAULT_SETTINGS, type FieldRule } from '../../src/dedupe/settings';
import type { Level } from '../../src/dedupe/types';
import { knownPeople, type Row, SURNAME_KEPT } from './known-people';

const LEADS = DEFAULT_SETTINGS.modules.Leads?.fields ?? [];
const THRESHOLDS = { likely: 0.85, possible: 0.6 };

const learned = (out: CalibrationOutcome, field: string, level: Level): number => {
  if (!out.ok) throw new Error(`calibration failed: ${out.reason}`);
  return (
    out.fields.find((f) => f.field === field)?.levels.find((l) => l.level === level)?.weight ?? Number.NaN
  );
};

/** Pairwise F1 at the likely threshold over the pairs the batch check's keys bring together. */
const pairF1 = (
  module: string,
  rows: readonly Row[],
  rules: readonly FieldRule[],
  calibration?: Calibration,
) => {
  const config = configFromRules(rules, calibration);
  const prepared = rows.map((r) => prepareRecord(r.values, config, module));
  const blocks = new Map<string, number[]>();
  rows.forEach((r, i) => {
    for (const k of keysOf(r.values, config)) blocks.set(k, [...(blocks.get(k) ?? []), i]);
  });
  const pairs = new Set<number>();
  for (const b of blocks.values())
    for (let x = 0; x < b.length; x++)
      for (let y = x + 1; y < b.length; y++) pairs.add((b[x] as number) * rows.length + (b[y] as number));
  let hit = 0;
  let predicted = 0;
  for (const id of pairs) {
    const i = Math.floor(id / rows.length);
    const j = id % rows.length;
    const score = makeScorer(prepared[i] ?? [], config)((k) => prepared[j]?.[k] ?? null);
    if (score && score.score >= THRESHOLDS.likely) {
      predicted++;
      if (rows[i]?.entity === rows[j]?.entity) hit++;
    }
  }
  const sizes = new Map<number, number>();
  for (const r of rows) sizes.set(r.entity, (sizes.get(r.entity) ?? 0) + 1);
  const truth = [...sizes.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const precision = predicted ? hit / predicted : 1;
  const recall = hit / truth;
  return (2 * precision * recall) / (precision + recall);
};

// Each case learns from a thousand or more records: a few seconds on a busy machine.
describe('calibrating weights on an org sample (unsupervised Fellegi–Sunter by EM)', {
  timeout: 60_000,
}, () => {
  it('learns exact above close above differ for fields whose duplicates keep them with known chances', () => {
    const out = calibrate({
      module: 'Leads',
      rules: LEADS,
      records: knownPeople(1500, 3).map((r) => r.values),
      thresholds: THRESHOLDS,
    });
    expect(out.ok).toBe(true);
    for (const field of ['Email', 'Last_Name']) {
      expect(learned(out, field, 'exact')).toBeGreaterThan(learned(out, field, 'close'));
      expect(learned(out, field, 'close')).toBeGreaterThan(learned(out, field, 'differ'));
    }
    expect(learned(out, 'Email', 'differ')).toBeLessThan(0);
    // m(exact) of the surname is SURNAME_KEPT; u(exact) is the chance two of these people share a surname.
    const rows = knownPeople(1500, 3);
    const counts = new Map<string, number>();
    for (const r of rows)
      counts.set(String(r.values.Last_Name), (counts.get(String(r.values.Last_Name)) ?? 0) + 1);
    const u = [...counts.values()].reduce((sum, c) => sum + (c / rows.length) ** 2, 0);
    expect(learned(out, 'Last_Name', 'exact')).toBeCloseTo(Math.log2(SURNAME_KEPT / u), 0);
    // Levels the sample shows are learned; a duplicate's surname never differs outright here, so that level is not.
    const isLearned = (field: string, level: Level) =>
      out.ok && out.fields.find((f) => f.field === field)?.levels.find((l) => l.level === level)?.learned;
    expect([isLearned('Email', 'exact'), isLearned('Email', 'close'), isLearned('Email', 'differ')]).toEqual([
      true,
      true,
      true,
    ]);
    expect([isLearned('Last_Name', 'exact'), isLearned('Last_Name', 'close')]).toEqual([true, true]);
  });

  it('says how many records and candidate pairs it learned from, and a share of duplicates between 0 and 1', () => {
    const rows = knownPeople(1500, 4);
    const out = calibrate({
      module: 'Leads',
      rules: LEADS,
      records: rows.map((r) => r.values),
      thresholds: THRESHOLDS,
    });
    if (!out.ok) throw new Error(out.reason);
    expect(out.sample.records).toBe(rows.length);
    expect(out.sample.pairs).toBeGreaterThan(100);
    expect(out.lambda).toBeGreaterThan(0);
    expect(out.lambda).toBeLessThan(1);
    expect(out.calibration.prior).toBeLessThan(0);
  });

  it('keeps the hand-set weight of every level of a field the sample never fills', () => {
    const out = calibrate({
      module: 'Leads',
      rules: LEADS,
      records: knownPeople(800, 5).map((r) => r.values),
      thresholds: THRESHOLDS,
    });
    if (!out.ok) throw new Error(out.reason);
    const company = out.fields.find((f) => f.field === 'Company');
    expect(company?.levels.every((l) => !l.learned && l.weight === l.defaultWeight)).toBe(true);
    expect(out.calibration.fields.Company).toEqual(
      configFromRules(LEADS).fields.find((f) => f.field === 'Company')?.weights,
    );
  });

  it('keeps every learned weight within the sane range and near the hand-set one', () => {
    const out = calibrate({
      module: 'Leads',
      rules: LEADS,
      records: knownPeople(1500, 6).map((r) => r.values),
      thresholds: THRESHOLDS,
    });
    if (!out.ok) throw new Error(out.reason);
    for (const f of out.fields)
      for (const l of f.levels) {
        expect(l.weight).toBeGreaterThanOrEqual(WEIGHT_RANGE.min);
        expect(l.weight).toBeLessThanOrEqual(WEIGHT_RANGE.max);
        expect(Math.abs(l.weight - l.defaultWeight)).toBeLessThanOrEqual(MAX_SHIFT + 1e-9);
      }
  });

  it('gives the same weights for the same sample and seed', () => {
    const records = knownPeople(600, 7).map((r) => r.values);
    const a = calibrate({ module: 'Leads', rules: LEADS, records, thresholds: THRESHOLDS });
    const b = calibrate({ module: 'Leads', rules: LEADS, records, thresholds: THRESHOLDS });
    expect(a).toEqual(b);
  });

  it('reports expected precision and recall at each threshold, the module thresholds among them', () => {
    const out = calibrate({
      module: 'Leads',
      rules: LEADS,
      records: knownPeople(1000, 8).map((r) => r.values),
      thresholds: { likely: 0.87, possible: 0.55 },
    });
    if (!out.ok) throw new Error(out.reason);
    const at = out.curve.map((p) => p.threshold);
    expect(at).toContain(0.87);
    expect(at).toContain(0.55);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    for (let i = 1; i < out.curve.length; i++)
      expect(out.curve[i]?.recall).toBeLessThanOrEqual((out.curve[i - 1]?.recall ?? 1) + 1e-12);
    for (const p of out.curve) {
      expect(p.precision).toBeGreaterThanOrEqual(0);
      expect(p.precision).toBeLessThanOrEqual(1);
    }
  });

  it('refuses a sample too small to learn from, with the reason', () => {
    const out = calibrate({
      module: 'Leads',
      rules: LEADS,
      records: knownPeople(20, 9).map((r) => r.values),
      thresholds: THRESHOLDS,
    });
    expect(out).toEqual({
      ok: false,
      reason: 'too-few-records',
      sample: { records: expect.any(Number), pairs: 0 },
    });
  });

  it('refuses a sample whose records share no blocking key', () => {
    const records = Array.from({ length: 200 }, (_, i) => ({
      First_Name: `A${i.toString(36)}x`,
      Last_Name: `Q${(i * 7919).toString(36)}z`,
      Email: `p${i}@host${i}.test`,
    }));
    const out = calibrate({ module: 'Leads', rules: LEADS, records, thresholds: THRESHOLDS });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toBe('too-few-pairs');
  });

  it('refuses a module with no matched fields', () => {
    const out = calibrate({
      module: 'Leads',
      rules: [],
      records: knownPeople(100, 1).map((r) => r.values),
      thresholds: THRESHOLDS,
    });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toBe('no-fields');
  });

  it('on generated people data the calibrated matcher finds duplicates at least as well as the hand-set weights', () => {
    const rules: FieldRule[] = [...LEADS, { field: 'Date_of_Birth', method: 'date' }];
    for (const seed of [1, 2]) {
      const rows: Row[] = generatePeople({ entities: 1200, duplicateRate: 0.3, seed }).map((g) => ({
        entity: Number(g.cluster),
        values: {
          First_Name: g.first_name ?? '',
          Last_Name: g.surname ?? '',
          Email: g.email ?? '',
          City: g.city ?? '',
          Date_of_Birth: g.dob ?? '',
        },
      }));
      const out = calibrate({
        module: 'Leads',
        rules,
        records: rows.map((r) => r.values),
        thresholds: THRESHOLDS,
      });
      if (!out.ok) throw new Error(out.reason);
      const hand = pairF1('Leads', rows, rules);
      const tuned = pairF1('Leads', rows, rules, out.calibration);
      expect(hand).toBeGreaterThan(0.5);
      expect(tuned).toBeGreaterThanOrEqual(hand);
    }
  });
});
