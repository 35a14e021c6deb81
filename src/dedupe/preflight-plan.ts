import { type BatchRequest, checkBatch, type RowOutcome } from './batch-check';
import { linkedGroups } from './linked-groups';
import type { CandidateRecord, Values } from './types';

/** What Zoho will do with a row, or `skip` for a row with no value at all (nothing to write). */
export type PreflightAction = RowOutcome['action'] | 'skip';

/** One input row's verdict; rows are numbered as in the file, 1 = first data row. */
export type PreflightRow = {
  readonly row: number;
  readonly action: PreflightAction;
  /** The existing record Zoho will update, or refuse the row on. */
  readonly recordId: string | null;
  /** The field of the duplicate check order (or the unique field) that decided it. */
  readonly field: string | null;
  /** The earlier row holding the same unique value (in-batch-duplicate). */
  readonly duplicateOfRow: number | null;
  /** Likely duplicates Zoho will not catch: other rows of the file, existing records. */
  readonly likelyRows: readonly number[];
  readonly likelyRecords: readonly string[];
  /** Other rows repeating this row's unique value (Zoho's to catch), less `duplicateOfRow`. */
  readonly repeatRows: readonly number[];
};

export type PreflightSummary = {
  readonly rows: number;
  readonly insert: number;
  readonly update: number;
  readonly inBatchDuplicate: number;
  readonly duplicateError: number;
  readonly skip: number;
  readonly likelyInFile: number;
  readonly likelyInCrm: number;
  readonly clusters: number;
};

export type Preflight = {
  readonly rows: readonly PreflightRow[];
  /** Groups of rows that are one person or company (exact repeats and likely duplicates), each of 2+ rows. */
  readonly clusters: readonly (readonly number[])[];
  readonly summary: PreflightSummary;
};

export type PreflightInput = Omit<BatchRequest, 'rows'> & {
  /** The file's rows as field values; null for an empty row. */
  readonly rows: readonly (Values | null)[];
  readonly existing: readonly CandidateRecord[];
};

const rootOf = (parent: number[], i: number): number => {
  let r = i;
  while (parent[r] !== r) r = parent[r] ?? r;
  parent[i] = r;
  return r;
};

/** Rows by the root of their group. */
const membersByRoot = (kept: readonly number[], parent: number[]): Map<number, number[]> => {
  const out = new Map<number, number[]>();
  for (const i of kept) {
    const r = rootOf(parent, i);
    out.set(r, [...(out.get(r) ?? []), i]);
  }
  return out;
};

/** The whole preflight: Zoho's verdict per row (checkBatch), likely duplicates both ways, clusters and counts. */
export const planPreflight = (input: PreflightInput): Preflight => {
  const kept: number[] = [];
  input.rows.forEach((r, i) => {
    if (r !== null) kept.push(i);
  });
  const batch = checkBatch({ ...input, rows: kept.map((i) => input.rows[i] ?? {}) });
  const n = input.rows.length;
  const exact = Array.from({ length: n }, (_, i) => i);
  const likely = Array.from({ length: n }, () => new Set<number>());
  batch.rows.forEach((b, k) => {
    const i = kept[k] ?? 0;
    if (b.outcome.action === 'in-batch-duplicate') exact[i] = rootOf(exact, kept[b.outcome.row] ?? 0);
  });
  batch.rows.forEach((b, k) => {
    const i = kept[k] ?? 0;
    for (const other of b.likelyRows) {
      const j = kept[other] ?? 0;
      // A repeat of the same unique value is Zoho's to catch, not a likely duplicate.
      if (rootOf(exact, i) === rootOf(exact, j)) continue;
      likely[i]?.add(j);
      likely[j]?.add(i);
    }
  });
  const repeats = membersByRoot(kept, exact);
  const groupOf = (i: number): readonly number[] => repeats.get(rootOf(exact, i)) ?? [i];
  // A row stands for an exact repeat whose other fields say it is the same one too (the engine rates the pair
  // likely: one person's email typed twice): that row's likely duplicates are its own, one link away. Two sites of
  // one chain share a name, which Zoho refuses twice, but not each other's duplicates.
  const same = Array.from({ length: n }, (_, i) => i);
  batch.rows.forEach((b, k) => {
    if (b.outcome.action !== 'in-batch-duplicate') return;
    const i = kept[k] ?? 0;
    const t = kept[b.outcome.row] ?? 0;
    if (b.likelyRows.includes(b.outcome.row)) same[rootOf(same, i)] = rootOf(same, t);
  });
  const sameAs = membersByRoot(kept, same);
  const standsFor = (i: number): readonly number[] => sameAs.get(rootOf(same, i)) ?? [i];
  const likelyOf = (i: number): number[] => {
    const out = new Set<number>();
    for (const j of standsFor(i)) for (const k of likely[j] ?? []) for (const m of standsFor(k)) out.add(m);
    for (const j of groupOf(i)) out.delete(j);
    return [...out].sort((x, y) => x - y);
  };
  const rows: PreflightRow[] = input.rows.map((_, i) => skipRow(i));
  batch.rows.forEach((b, k) => {
    const i = kept[k] ?? 0;
    const o = b.outcome;
    const recordId = o.action === 'update' || o.action === 'duplicate-error' ? o.recordId : null;
    const named = o.action === 'in-batch-duplicate' ? (kept[o.row] ?? 0) : null;
    rows[i] = {
      row: i + 1,
      action: o.action,
      recordId,
      field: o.action === 'insert' ? null : o.field,
      duplicateOfRow: o.action === 'in-batch-duplicate' ? (kept[o.row] ?? 0) + 1 : null,
      likelyRows: likelyOf(i).map((j) => j + 1),
      likelyRecords: b.likelyRecords.filter((id) => id !== recordId),
      repeatRows: groupOf(i)
        .filter((j) => j !== i && j !== named)
        .map((j) => j + 1),
    };
  });
  // The links as the report gives them: each row's likely duplicates, and the rows repeating its unique value.
  const links = Array.from({ length: n }, (): number[] => []);
  for (const r of rows)
    for (const j of [...r.likelyRows, ...r.repeatRows, ...(r.duplicateOfRow ? [r.duplicateOfRow] : [])]) {
      links[r.row - 1]?.push(j - 1);
      links[j - 1]?.push(r.row - 1);
    }
  const clusterOf = linkedGroups(links);
  const groups = new Map<number, number[]>();
  for (const i of kept) {
    const r = clusterOf[i] ?? i;
    const group = groups.get(r);
    if (group) group.push(i + 1);
    else groups.set(r, [i + 1]);
  }
  const clusters = [...groups.values()].filter((g) => g.length > 1);
  return { rows, clusters, summary: summarise(rows, clusters.length) };
};

const skipRow = (i: number): PreflightRow => ({
  row: i + 1,
  action: 'skip',
  recordId: null,
  field: null,
  duplicateOfRow: null,
  likelyRows: [],
  likelyRecords: [],
  repeatRows: [],
});

const summarise = (rows: readonly PreflightRow[], clusters: number): PreflightSummary => {
  const count = (a: PreflightAction) => rows.filter((r) => r.action === a).length;
  return {
    rows: rows.length,
    insert: count('insert'),
    update: count('update'),
    inBatchDuplicate: count('in-batch-duplicate'),
    duplicateError: count('duplicate-error'),
    skip: count('skip'),
    likelyInFile: rows.filter((r) => r.likelyRows.length > 0).length,
    likelyInCrm: rows.filter((r) => r.likelyRecords.length > 0).length,
    clusters,
  };
};
