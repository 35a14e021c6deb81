import type { CandidateRecord, FieldValue, Match, Values } from '../../dedupe/types';
import { isEmpty, valueText } from '../format';

export type Side = 'existing' | 'incoming';
export type Picks = Readonly<Record<string, Side>>;
export type MergeRow = {
  readonly field: string;
  readonly existing: FieldValue;
  readonly incoming: FieldValue;
  readonly differs: boolean;
};
export type Change = { readonly field: string; readonly from: FieldValue; readonly to: FieldValue };
export type UpsertPlan = {
  readonly payload: Values;
  readonly changes: readonly Change[];
  /** Old values of every changed field: writing them back undoes the update. */
  readonly undo: Values;
  /** Fields that make Zoho's upsert pick this record; null when none does (update by id instead). */
  readonly duplicateCheckFields: readonly string[] | null;
};

// Zoho computes or owns these; they are never offered for merging.
const SYSTEM = /^(id|Owner|Full_Name|Created_Time|Modified_Time|Created_By|Modified_By|Layout|Tag|\$.*)$/;

const same = (a: FieldValue, b: FieldValue): boolean => valueText(a).trim() === valueText(b).trim();

/** One row per field the form filled in. */
export const mergeRows = (existing: Values, incoming: Values): readonly MergeRow[] =>
  Object.entries(incoming)
    .filter(([field, value]) => !SYSTEM.test(field) && !isEmpty(value))
    .map(([field, value]) => {
      const old = existing[field] ?? null;
      return { field, existing: old, incoming: value, differs: !same(old, value) };
    });

/** Keep what the record already has; fill what it lacks from the form. */
export const defaultPicks = (rows: readonly MergeRow[]): Picks =>
  Object.fromEntries(rows.map((r) => [r.field, isEmpty(r.existing) ? 'incoming' : 'existing']));

/** Exact-valued fields the record matched on; an upsert through one of them lands on this record. */
export const keyFieldsOf = (match: Match): readonly string[] => [
  ...new Set([
    ...match.blockingFields,
    ...match.fields.filter((f) => f.how === 'exact' || f.how === 'case').map((f) => f.field),
  ]),
];

export const planUpsert = (
  record: CandidateRecord,
  rows: readonly MergeRow[],
  picks: Picks,
  keyFields: readonly string[],
): UpsertPlan => {
  const changes = rows
    .filter((r) => r.differs && picks[r.field] === 'incoming')
    .map((r) => ({ field: r.field, from: r.existing, to: r.incoming }));
  const payload: Record<string, FieldValue> = Object.fromEntries(changes.map((c) => [c.field, c.to]));
  const undo = Object.fromEntries(changes.map((c) => [c.field, c.from]));
  // The key must still hold the record's own value after the merge, or the upsert would insert a new record.
  const key = keyFields.find((k) => {
    const now = record.values[k] ?? null;
    return !isEmpty(now) && valueText(payload[k] ?? now).toLowerCase() === valueText(now).toLowerCase();
  });
  if (key !== undefined && !(key in payload)) payload[key] = record.values[key] ?? null;
  return { payload, changes, undo, duplicateCheckFields: key === undefined ? null : [key] };
};
