import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../src/dedupe/batch-check';
import { matchConfigFor } from '../../src/dedupe/match-config';
import { prepareRecord } from '../../src/dedupe/prepared-record';
import { makeScorer } from '../../src/dedupe/score-record';
import { termWeights } from '../../src/dedupe/term-frequency';
import type { Values } from '../../src/dedupe/types';

const config = matchConfigFor('Leads');
const indexOf = (field: string): number => config.fields.findIndex((f) => f.field === field);
const prepared = (rows: readonly Values[]) => rows.map((values) => prepareRecord(values, config, 'Leads'));

describe('term-frequency weights', () => {
  it('an agreement on a common surname weighs less than on an average one, a rare one more', () => {
    const rows = [
      ...Array.from({ length: 8 }, () => ({ Last_Name: 'Smith' })),
      ...['Okonkwo', 'Brown', 'Jones', 'Patel', 'Nguyen', 'Kowalski', 'Murphy', 'Garcia'].map(
        (Last_Name) => ({
          Last_Name,
        }),
      ),
    ];
    const surname = termWeights(rows, config)[indexOf('Last_Name')];
    const smith = surname?.get('smith') ?? Number.NaN;
    const okonkwo = surname?.get('okonkwo') ?? Number.NaN;
    expect(smith).toBeLessThan(0);
    expect(okonkwo).toBeGreaterThan(0);
    expect(okonkwo).toBeLessThanOrEqual(4);
  });

  it('a file of distinct names adjusts nothing, and emails and phones are never weighed by frequency', () => {
    const rows = ['Ann', 'Bea', 'Cai', 'Dev'].map((First_Name, i) => ({
      First_Name,
      Email: 'shared@example.com',
      Phone: `555-010-200${i}`,
    }));
    const weights = termWeights(rows, config);
    for (const w of weights[indexOf('First_Name')]?.values() ?? []) expect(w).toBeCloseTo(0, 10);
    expect(weights[indexOf('First_Name')]?.size).toBe(4);
    expect(weights[indexOf('Email')]).toBeNull();
    expect(weights[indexOf('Phone')]).toBeNull();
  });

  it('in an import, namesakes in one city with different phones are no longer likely duplicates; a rare pair still is', () => {
    const namesakes = Array.from({ length: 12 }, (_, i) => ({
      First_Name: 'John',
      Last_Name: 'Smith',
      City: 'London',
      Phone: `0207 946 ${1000 + i * 37}`,
    }));
    const strangers = Array.from({ length: 40 }, (_, i) => ({
      First_Name: `Name${String.fromCharCode(97 + (i % 26))}${i}`,
      Last_Name: `Sur${String.fromCharCode(97 + ((i * 7) % 26))}${i}`,
      City: `Town${i % 9}`,
      Phone: `0161 496 ${2000 + i * 13}`,
    }));
    const rare = [
      { First_Name: 'Zebedee', Last_Name: 'Okonkwo', City: 'Truro', Phone: '01872 555 001' },
      { First_Name: 'Zebedee', Last_Name: 'Okonkwo', City: 'Truro', Phone: '01872 555 947' },
    ];
    const rows = [...namesakes, ...strangers, ...rare];
    const report = checkBatch({ module: 'Leads', rows, existing: [], order: [] }).rows;
    expect(report.slice(0, namesakes.length).flatMap((r) => r.likelyRows)).toEqual([]);
    expect(report.at(-1)?.likelyRows).toEqual([rows.length - 2]);
  });

  it('with term weights, dropping hopeless candidates early never drops one whose whole score reaches the floor', () => {
    const name = fc.constantFrom('Bob', 'Robert', 'Smith', 'Smyth', 'Ann', 'Anne', '');
    const person = fc.record({
      First_Name: name,
      Last_Name: name,
      City: fc.constantFrom('Leeds', 'Leds', 'York', ''),
      Email: fc.constantFrom('bob.smith@acme.com', 'bob.smiht@acme.com', 'ann@acme.com', ''),
      Phone: fc.constantFrom('555-010-2000', '5550102000', '555-010-2001', ''),
    });
    const adjustment = fc.double({ min: -4, max: 4, noNaN: true });
    fc.assert(
      fc.property(
        person,
        fc.array(person, { minLength: 1, maxLength: 12 }),
        fc.array(adjustment, { minLength: config.fields.length, maxLength: config.fields.length }),
        fc.double({ min: -12, max: 12, noNaN: true }),
        (typed, others, adjust, floor) => {
          const a = prepareRecord(typed, config, 'Leads');
          const terms = config.fields.map((_, i) => new Map([[a[i]?.key ?? '', adjust[i] ?? 0]]));
          const score = makeScorer(a, config, false, terms);
          for (const other of prepared(others)) {
            const b = (k: number) => other[k] ?? null;
            const whole = score(b);
            const early = score(b, floor);
            const logOdds = whole ? Math.log2(whole.score / (1 - whole.score)) : Number.NEGATIVE_INFINITY;
            if (early) expect(early).toEqual(whole);
            if (logOdds >= floor + 1e-9) expect(early).not.toBeNull();
            if (logOdds < floor - 1e-9) expect(early).toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
