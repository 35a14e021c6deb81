import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPayload, planMerge } from '../../src/dedupe/merge-plan';
import type { FieldInfo, FieldValue, Values } from '../../src/dedupe/types';
import { record } from './support';

const info = (apiName: string, dataType = 'text', unique = false): FieldInfo => ({
  apiName,
  label: apiName,
  dataType,
  unique,
  readOnly: false,
});
const fields = [
  info('Email', 'email', true),
  info('Phone', 'phone', true),
  info('Title'),
  info('Tags', 'multiselectpicklist'),
  info('Created_Time', 'datetime'),
];
const withReadOnly = [...fields.slice(0, 4), { ...info('Created_Time', 'datetime'), readOnly: true }];
const existing = record('R1', { Email: 'ann@x.io', Phone: '111', Title: 'CEO', Tags: ['a'] });
const order = ['Email', 'Phone'];

describe('merge plan', () => {
  it('by default keeps non-empty existing values and fills empty ones', () => {
    const plan = planMerge({
      incoming: { Email: 'ann@x.io', Title: 'CTO', Mobile: '555' },
      existing,
      picks: {},
      fields,
      order,
    });
    expect(plan.payload).toEqual({ Mobile: '555', Email: 'ann@x.io' });
    expect(plan.changes).toEqual([{ field: 'Mobile', from: null, to: '555' }]);
  });

  it('a picked incoming value replaces the existing one', () => {
    const plan = planMerge({
      incoming: { Title: 'CTO' },
      existing,
      picks: { Title: 'incoming' },
      fields,
      order,
    });
    expect(plan.payload.Title).toBe('CTO');
    expect(plan.undo).toEqual({ Title: 'CEO' });
  });

  it('an empty incoming value blanks a field only when picked', () => {
    expect(
      planMerge({ incoming: { Title: '' }, existing, picks: {}, fields, order }).payload,
    ).not.toHaveProperty('Title');
    expect(
      planMerge({ incoming: { Title: '' }, existing, picks: { Title: 'incoming' }, fields, order }).payload
        .Title,
    ).toBe('');
  });

  it('targets the record through the first duplicate check field that keeps its value', () => {
    const plan = planMerge({
      incoming: { Email: 'new@x.io' },
      existing,
      picks: { Email: 'incoming' },
      fields,
      order,
    });
    expect(plan.duplicateCheckFields).toEqual(['Phone']);
    expect(plan.payload.Phone).toBe('111');
  });

  it('falls back to the record id when no duplicate check field can target it', () => {
    const bare = record('R2', { Title: 'x' });
    const plan = planMerge({
      incoming: { Title: 'y' },
      existing: bare,
      picks: { Title: 'incoming' },
      fields,
      order,
    });
    expect(plan.duplicateCheckFields).toBeNull();
    expect(plan.payload.id).toBe('R2');
  });

  it('a system field nobody marked unique never targets the upsert, since its value may name several records', () => {
    const plan = planMerge({
      incoming: { Title: 'CTO' },
      existing,
      picks: { Title: 'incoming' },
      fields: [info('Email', 'email'), info('Phone', 'phone', true), info('Title')],
      order,
    });
    expect(plan.duplicateCheckFields).toEqual(['Phone']);
    const noneUnique = planMerge({
      incoming: { Title: 'CTO' },
      existing,
      picks: { Title: 'incoming' },
      fields: [info('Email', 'email'), info('Phone', 'phone'), info('Title')],
      order,
    });
    expect(noneUnique.duplicateCheckFields).toBeNull();
    expect(noneUnique.payload).toEqual({ Title: 'CTO', id: 'R1' });
  });

  it('a multi-select adds the new options through $append_values', () => {
    const plan = planMerge({
      incoming: { Tags: ['a', 'b'] },
      existing,
      picks: { Tags: 'incoming' },
      fields,
      order,
    });
    expect(plan.payload.Tags).toEqual(['b']);
    expect(plan.payload.$append_values).toEqual({ Tags: true });
    expect(applyPayload(existing.values, plan.payload).Tags).toEqual(['a', 'b']);
  });

  it('read-only fields are never written', () => {
    const plan = planMerge({
      incoming: { Created_Time: 'x' },
      existing,
      picks: { Created_Time: 'incoming' },
      fields: withReadOnly,
      order,
    });
    expect(plan.changes).toEqual([]);
  });

  it("carries the record's Modified_Time for If-Unmodified-Since", () => {
    expect(planMerge({ incoming: {}, existing, picks: {}, fields, order }).ifUnmodifiedSince).toBe(
      existing.modifiedTime,
    );
  });
});

const names = ['Email', 'Phone', 'Title', 'City', 'Tags'] as const;
const value: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(['a'], ['a', 'b'], ['c']),
);
const valuesArb = fc.dictionary(fc.constantFrom(...names), value) as fc.Arbitrary<Values>;
const picksArb = fc.dictionary(
  fc.constantFrom(...names),
  fc.constantFrom('incoming' as const, 'existing' as const),
);
// A whitespace-only value counts as empty, as it does for Zoho.
const isEmpty = (v: FieldValue | undefined) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);
const normal = (v: Values) => Object.fromEntries(Object.entries(v).filter(([, x]) => !isEmpty(x)));

describe('merge plan properties', () => {
  it('never blanks a non-empty field the rep did not pick', () => {
    fc.assert(
      fc.property(valuesArb, valuesArb, picksArb, (incoming, old, picks) => {
        const plan = planMerge({ incoming, existing: record('R', old), picks, fields, order });
        const after = applyPayload(old, plan.payload);
        for (const [f, v] of Object.entries(old))
          if (!isEmpty(v) && picks[f] !== 'incoming') expect(after[f]).toEqual(v);
      }),
      { numRuns: 2000 },
    );
  });

  it('undo restores the record exactly', () => {
    fc.assert(
      fc.property(valuesArb, valuesArb, picksArb, (incoming, old, picks) => {
        const plan = planMerge({ incoming, existing: record('R', old), picks, fields, order });
        const restored = applyPayload(applyPayload(old, plan.payload), plan.undoPayload);
        expect(normal(restored)).toEqual(normal(old));
        for (const c of plan.changes) expect(restored[c.field] ?? null).toEqual(old[c.field] ?? null);
      }),
      { numRuns: 2000 },
    );
  });
});
