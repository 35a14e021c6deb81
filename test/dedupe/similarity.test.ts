import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, withinOneEdit } from '../../src/dedupe/edit-distance';
import { jaroWinkler } from '../../src/dedupe/jaro-winkler';

describe('Jaro-Winkler', () => {
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['abc', 'abc', 1],
    ['abc', 'xyz', 0],
  ])('%s ~ %s is %d', (a, b, expected) => expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3));
});

describe('edit distance', () => {
  it.each([
    ['smith', 'smith', 0],
    ['smith', 'smiht', 1],
    ['smith', 'smth', 1],
    ['smith', 'smithe', 1],
    ['smith', 'smyth', 1],
    ['smith', 'jones', 3],
    ['ca', 'abc', 3],
  ])('%s to %s is %i (capped past 2)', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(d, 3));
    expect(withinOneEdit(a, b)).toBe(d <= 1);
  });
});

describe('one edit apart agrees with the full distance', () => {
  it('for arbitrary short strings', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 7, unit: fc.constantFrom('a', 'b', 'c') }),
        fc.string({ maxLength: 7, unit: fc.constantFrom('a', 'b', 'c') }),
        (a, b) => {
          expect(withinOneEdit(a, b)).toBe(editDistance(a, b, 2) <= 1);
        },
      ),
      { numRuns: 5000 },
    );
  });
});

/** Optimal string alignment over the whole matrix, as textbooks write it: the reference for the banded one. */
const plainOsa = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = v;
    }
  return at(a.length, b.length);
};

describe('the edit distance as computed equals the textbook one, capped', () => {
  it('for arbitrary strings and limits', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 14, unit: fc.constantFrom('a', 'b', 'c', 'd') }),
        fc.string({ maxLength: 14, unit: fc.constantFrom('a', 'b', 'c', 'd') }),
        fc.integer({ min: 0, max: 5 }),
        (a, b, max) => {
          expect(editDistance(a, b, max)).toBe(Math.min(plainOsa(a, b), max + 1));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('for longer strings of many letters, some sharing a character count (é with i, Á with A)', () => {
    const unit = fc.constantFrom('a', 'b', 'e', 'i', 'o', '@', '.', 'A', 'é', 'Á', 'x', 'y');
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30, unit }),
        fc.string({ maxLength: 30, unit }),
        fc.integer({ min: 0, max: 8 }),
        (a, b, max) => {
          expect(editDistance(a, b, max)).toBe(Math.min(plainOsa(a, b), max + 1));
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('for long addresses a few typos apart', () => {
    const long = 'robert.smith.director@acme-industries.example.com';
    for (const other of [long, 'robret.smith.director@acme-industries.exmaple.com', 'r@x.com', `${long}x`])
      for (const max of [1, 2, 4, 8])
        expect(editDistance(long, other, max)).toBe(Math.min(plainOsa(long, other), max + 1));
  });
});
