import { isEmptyValue } from './empty-value';
import type { Preflight, PreflightRow } from './preflight-plan';
import type { FieldValue, Values } from './types';

/** A choice for one row; `default` is the safe default (nothing creates a duplicate). */
export type RowDecision =
  | { readonly kind: 'default' }
  | { readonly kind: 'skip' }
  /** Create a new record even though it matches one (Zoho may still refuse a unique value). */
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly recordId: string }
  /** Fold this row into another row's record, fields merged (non-empty wins, later rows win). */
  | { readonly kind: 'merge'; readonly intoRow: number };

/** One record to write: the rows it carries (first = the row whose record it is) and the call that writes it. */
export type WriteOp = {
  /** Stable across runs of the same file and decisions: the journal's key. */
  readonly key: string;
  readonly rows: readonly number[];
  readonly method: 'upsert' | 'update' | 'insert';
  readonly recordId: string | null;
  readonly values: Values;
};

export type WritePlan = {
  readonly ops: readonly WriteOp[];
  /** Rows nothing is written for (empty, or skipped by decision). */
  readonly skipped: readonly number[];
};

/** Fields merged in row order: a non-empty value wins over an empty one, a later non-empty over an earlier. */
export const mergeValues = (rows: readonly Values[]): Values => {
  const out: Record<string, FieldValue> = {};
  for (const row of rows) for (const [k, v] of Object.entries(row)) if (!isEmptyValue(v)) out[k] = v;
  return out;
};

/**
 * The writes for a preflight: a row repeating an earlier row's unique value joins that row's record; a row
 * matching an existing record updates it; anything else is upserted. Decisions override per row.
 */
export const planWrites = (
  preflight: Preflight,
  values: readonly (Values | null)[],
  decisions: ReadonlyMap<number, RowDecision> = new Map(),
): WritePlan => {
  const byRow = new Map(preflight.rows.map((r) => [r.row, r]));
  const parent = new Map<number, number>();
  const skipped = new Set<number>();
  const rootOf = (row: number): number => {
    const seen = new Set<number>();
    let r = row;
    while (parent.has(r) && !seen.has(r)) {
      seen.add(r);
      r = parent.get(r) ?? r;
    }
    return r;
  };
  const target = new Map<number, { method: WriteOp['method']; recordId: string | null }>();
  for (const r of preflight.rows) {
    const decision = decisions.get(r.row) ?? { kind: 'default' };
    if (r.action === 'skip' || decision.kind === 'skip') {
      skipped.add(r.row);
      continue;
    }
    const own = ownTarget(r, decision);
    if (own === 'join' && r.duplicateOfRow !== null) parent.set(r.row, r.duplicateOfRow);
    else if (decision.kind === 'merge' && byRow.has(decision.intoRow) && decision.intoRow !== r.row)
      parent.set(r.row, decision.intoRow);
    else target.set(r.row, own === 'join' ? { method: 'upsert', recordId: null } : own);
  }
  const groups = new Map<number, number[]>();
  for (const r of preflight.rows) {
    if (skipped.has(r.row)) continue;
    const root = rootOf(r.row);
    if (skipped.has(root)) {
      skipped.add(r.row);
      continue;
    }
    const g = groups.get(root);
    if (g) g.push(r.row);
    else groups.set(root, [r.row]);
  }
  const ops: WriteOp[] = [];
  for (const [root, rows] of groups) {
    const t = target.get(root) ?? { method: 'upsert', recordId: null };
    const ordered = [root, ...rows.filter((x) => x !== root).sort((a, b) => a - b)];
    ops.push({
      key: ordered.join('+'),
      rows: ordered,
      method: t.method,
      recordId: t.recordId,
      values: mergeValues(ordered.map((x) => values[x - 1] ?? {})),
    });
  }
  ops.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  return { ops, skipped: [...skipped].sort((a, b) => a - b) };
};

const ownTarget = (
  r: PreflightRow,
  d: RowDecision,
): 'join' | { method: WriteOp['method']; recordId: string | null } => {
  if (d.kind === 'create') return { method: 'insert', recordId: null };
  if (d.kind === 'update') return { method: 'update', recordId: d.recordId };
  if (r.action === 'in-batch-duplicate') return 'join';
  if ((r.action === 'update' || r.action === 'duplicate-error') && r.recordId)
    return { method: 'update', recordId: r.recordId };
  return { method: 'upsert', recordId: null };
};
