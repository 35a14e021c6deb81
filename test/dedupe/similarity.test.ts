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
