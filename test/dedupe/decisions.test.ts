import { describe, expect, it } from 'vitest';
import { resolveDecisions } from '../../src/dedupe/decisions';

const clusters = [
  [1, 4, 9],
  [2, 7],
];

describe('decisions', () => {
  it('keeping one row of a cluster skips the others', () => {
    const d = resolveDecisions({ clusters: { '1': 'keep:4' } }, clusters);
    expect(d.ok && [...d.decisions]).toEqual([
      [1, { kind: 'skip' }],
      [9, { kind: 'skip' }],
    ]);
  });

  it('merging a cluster folds every row into its first, and a row choice wins over the cluster', () => {
    const d = resolveDecisions({ clusters: { '1': 'merge' }, rows: { '9': 'create' } }, clusters);
    expect(d.ok && Object.fromEntries(d.decisions)).toEqual({
      4: { kind: 'merge', intoRow: 1 },
      9: { kind: 'create' },
    });
  });

  it.each([
    [{ clusters: { '3': 'merge' } }, /no cluster starts at row 3/],
    [{ clusters: { '2': 'keep:5' } }, /cluster 2/],
    [{ rows: { '2': 'explode' } }, /row 2/],
  ])('refuses %j with a message', (spec, message) => {
    const d = resolveDecisions(spec, clusters);
    expect(d.ok ? '' : d.error).toMatch(message);
  });
});
