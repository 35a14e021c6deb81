import { describe, expect, it } from 'vitest';
import { LINKED_SHARE, linkedGroups } from '../../src/dedupe/linked-groups';
import { planPreflight } from '../../src/dedupe/preflight-plan';
import { mergeValues, planWrites } from '../../src/dedupe/write-plan';
import { record } from './support';

const existing = [record('A', { Email: 'ann@x.io', Last_Name: 'Lee', First_Name: 'Ann' })];
const rows = [
  { Email: 'new@x.io', Last_Name: 'New', First_Name: 'Nina', Phone: '5550001111' },
  { Email: 'ann@x.io', Last_Name: 'Lee', City: 'Oslo' },
  null,
  { Email: 'NEW@x.io', Last_Name: 'New', City: 'Rome' },
  { Email: 'nina@other.io', Last_Name: 'New', First_Name: 'Nina', Phone: '(555) 000-1111' },
];
const preflight = planPreflight({
  module: 'Leads',
  rows,
  existing,
  order: ['Email'],
  uniqueFields: ['Email'],
});

describe('the preflight plan', () => {
  it('numbers rows from 1 as in the file and marks an empty row skip', () => {
    expect(preflight.rows.map((r) => [r.row, r.action])).toEqual([
      [1, 'insert'],
      [2, 'update'],
      [3, 'skip'],
      [4, 'in-batch-duplicate'],
      [5, 'insert'],
    ]);
  });

  it('names the earlier row a repeated unique value clashes with, in file numbering', () => {
    expect(preflight.rows[3]).toMatchObject({ duplicateOfRow: 1, field: 'Email' });
  });

  it('lists likely rows both ways, a repeat inheriting the likely rows of the row it repeats', () => {
    expect(preflight.rows[0]?.likelyRows).toEqual([5]);
    expect(preflight.rows[0]?.repeatRows).toEqual([4]);
    expect(preflight.rows[4]?.likelyRows).toEqual([1, 4]);
    expect(preflight.rows[3]?.duplicateOfRow).toBe(1);
    expect(preflight.rows[3]?.likelyRows).toEqual([5]);
    expect(preflight.rows[3]?.repeatRows).toEqual([]);
    expect(preflight.rows[1]?.likelyRows).toEqual([]);
  });

  it("a row repeating only another's name (two sites of one chain) does not pass on its likely duplicates", () => {
    const sites = planPreflight({
      module: 'Accounts',
      rows: [
        {
          Account_Name: 'Easter Seals Gilchrist Marchman',
          Billing_Street: '1001 West Roosevelt Rd.',
          Phone: '4927402',
        },
        {
          Account_Name: 'Easter Seals Gilchrist Marchman',
          Billing_Street: '2345 W. North Ave',
          Phone: '2764000',
        },
        {
          Account_Name: 'Easter Seal Society Gilchrist Marchment',
          Billing_Street: '2345 W North Avenue',
          Phone: '2764000',
        },
      ],
      existing: [],
      order: ['Account_Name'],
    });
    expect(sites.rows[1]).toMatchObject({ duplicateOfRow: 1, likelyRows: [3] });
    expect(sites.rows[2]?.likelyRows).toEqual([2]);
    expect(sites.rows[0]).toMatchObject({ likelyRows: [], repeatRows: [2] });
    expect(sites.clusters).toEqual([[1, 2, 3]]);
  });

  it('groups exact repeats and likely duplicates into one cluster', () => {
    expect(preflight.clusters).toEqual([[1, 4, 5]]);
    expect(preflight.summary).toMatchObject({
      rows: 5,
      insert: 2,
      update: 1,
      inBatchDuplicate: 1,
      skip: 1,
      clusters: 1,
    });
  });
});

/** Links both ways from a list of linked pairs of `n` rows. */
const linksOf = (n: number, pairs: readonly (readonly [number, number])[]): number[][] => {
  const links = Array.from({ length: n }, (): number[] => []);
  for (const [a, b] of pairs) {
    links[a]?.push(b);
    links[b]?.push(a);
  }
  return links;
};

/** Groups as sorted lists of rows, in the order of their first row. */
const groupsOf = (groupOf: readonly number[]): number[][] => {
  const byGroup = new Map<number, number[]>();
  for (const [i, g] of groupOf.entries()) byGroup.set(g, [...(byGroup.get(g) ?? []), i]);
  return [...byGroup.values()];
};

describe('rows that are one person or company', () => {
  it('a chain of rows, each linked only to the next, is not made one group end to end', () => {
    const chain = linksOf(8, [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
      [6, 7],
    ]);
    const groups = groupsOf(linkedGroups(chain));
    expect(groups.length).toBeGreaterThan(1);
    expect(groups.find((g) => g.includes(0))).not.toContain(7);
  });

  it('rows that are all linked to one another are one group, and two such groups joined by one link stay two', () => {
    const clique = (from: number): [number, number][] =>
      [0, 1, 2, 3].flatMap((a) =>
        [0, 1, 2, 3].filter((b) => b > a).map((b): [number, number] => [from + a, from + b]),
      );
    const groups = groupsOf(linkedGroups(linksOf(8, [...clique(0), ...clique(4), [3, 4]])));
    expect(groups).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ]);
  });

  it(`two groups join when at least ${LINKED_SHARE * 100}% of the pairs across them are linked`, () => {
    // Rows 0-1 and 2-3, each pair linked; across them 0-2 alone is 1 of 4 pairs, at least a fifth.
    expect(
      groupsOf(
        linkedGroups(
          linksOf(4, [
            [0, 1],
            [2, 3],
            [0, 2],
          ]),
        ),
      ),
    ).toEqual([[0, 1, 2, 3]]);
    // Rows 0-2 and 3-5; across them 3-2 alone is 1 of 9 pairs, too few.
    const loose = linksOf(6, [
      [0, 1],
      [1, 2],
      [0, 2],
      [3, 4],
      [4, 5],
      [3, 5],
      [2, 3],
    ]);
    expect(groupsOf(linkedGroups(loose))).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('six hundred rows repeating one email are one cluster', () => {
    const many = planPreflight({
      module: 'Leads',
      rows: Array.from({ length: 600 }, (_, i) => ({ Email: 'Office@Example.com', Last_Name: `Row ${i}` })),
      existing: [],
      order: ['Email'],
      uniqueFields: ['Email'],
    });
    expect(many.clusters).toHaveLength(1);
    expect(many.clusters[0]).toHaveLength(600);
  });
});

describe('the safe write plan', () => {
  const plan = planWrites(preflight, rows);

  it("folds a repeated row into the earlier row's record and updates a matched record by id", () => {
    expect(plan.ops.map((o) => [o.key, o.method, o.recordId])).toEqual([
      ['1+4', 'upsert', null],
      ['2', 'update', 'A'],
      ['5', 'upsert', null],
    ]);
    expect(plan.skipped).toEqual([3]);
  });

  it('merges fields so a non-empty value wins and a later row wins over an earlier one', () => {
    expect(plan.ops[0]?.values).toEqual({
      Email: 'NEW@x.io',
      Last_Name: 'New',
      First_Name: 'Nina',
      Phone: '5550001111',
      City: 'Rome',
    });
    expect(mergeValues([{ City: 'Oslo' }, { City: '' }])).toEqual({ City: 'Oslo' });
  });

  it('follows decisions: skip a row, merge a likely duplicate, create anyway', () => {
    const decided = planWrites(
      preflight,
      rows,
      new Map([
        [2, { kind: 'create' as const }],
        [4, { kind: 'skip' as const }],
        [5, { kind: 'merge' as const, intoRow: 1 }],
      ]),
    );
    expect(decided.ops.map((o) => [o.key, o.method])).toEqual([
      ['1+5', 'upsert'],
      ['2', 'insert'],
    ]);
    expect(decided.skipped).toEqual([3, 4]);
  });
});
