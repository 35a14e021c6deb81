import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, checkBatch } from '../../src/dedupe/batch-check';
import { record } from './support';

const existing = [
  record('A', { Email: 'ann@x.io', Phone: '111', Last_Name: 'Lee' }),
  record('B', { Email: 'bob@x.io', Phone: '222' }),
];

describe('batch check', () => {
  const report = checkBatch({
    module: 'Leads',
    existing,
    order: ['Email'],
    uniqueFields: ['Email', 'Phone'],
    rows: [
      { Email: 'new@x.io', Last_Name: 'New' },
      { Email: 'ANN@x.io', Last_Name: 'Lee' },
      { Email: 'new@x.io', Last_Name: 'Newer' },
      { Email: 'other@x.io', Phone: '222' },
      { First_Name: 'Robert', Last_Name: 'Smith', Phone: '555-010-2000' },
      { First_Name: 'Bob', Last_Name: 'Smith', Phone: '5550102000' },
    ],
  });

  it.each([
    [0, { action: 'insert' }],
    [1, { action: 'update', recordId: 'A', field: 'Email' }],
    [2, { action: 'in-batch-duplicate', row: 0, field: 'Email' }],
    [3, { action: 'duplicate-error', recordId: 'B', field: 'Phone' }],
  ])('row %i is predicted as %j', (row, outcome) => expect(report.rows[row]?.outcome).toEqual(outcome));

  it('finds likely duplicates inside the batch that Zoho would let through', () => {
    expect(report.rows[5]?.likelyRows).toEqual([4]);
  });

  it('writes in chunks of at most 100 rows', () => {
    const rows = Array.from({ length: 250 }, (_, i) => ({ Email: `${i}@x.io` }));
    const { chunks } = checkBatch({ module: 'Leads', existing: [], order: ['Email'], rows });
    expect(chunks.map((c) => c.length)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 50]);
  });
});
