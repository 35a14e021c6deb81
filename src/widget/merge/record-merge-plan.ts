import type { CandidateRecord, FieldValue } from '../../dedupe/types';
import type { MergeRequest } from '../../zoho/crm-client';
import { isEmpty, valueText } from '../format';

// Zoho computes or owns these; the Merge API does not take them.
const SKIP = /^(id|Owner|Full_Name|Created_Time|Modified_Time|Created_By|Modified_By|Layout|Tag|\$.*)$/;

export type MergeField = { readonly field: string; readonly values: readonly FieldValue[] };
/** Field -> index of the record whose value the merged record keeps. */
export type RecordPicks = Readonly<Record<string, number>>;

/** Fields where the records disagree and at least one has a value. */
export const mergeFields = (records: readonly CandidateRecord[]): readonly MergeField[] => {
  const names = [...new Set(records.flatMap((r) => Object.keys(r.values)))].filter((f) => !SKIP.test(f));
  return names
    .map((field) => ({ field, values: records.map((r) => r.values[field] ?? null) }))
    .filter((f) => f.values.some((v) => !isEmpty(v)) && new Set(f.values.map((v) => valueText(v))).size > 1);
};

/** The main record's value wherever it has one, else the first record that does. */
export const defaultRecordPicks = (fields: readonly MergeField[], master: number): RecordPicks =>
  Object.fromEntries(
    fields.map((f) => [
      f.field,
      isEmpty(f.values[master] ?? null)
        ? Math.max(
            0,
            f.values.findIndex((v) => !isEmpty(v)),
          )
        : master,
    ]),
  );

export const mergeRequest = (
  records: readonly CandidateRecord[],
  master: number,
  fields: readonly MergeField[],
  picks: RecordPicks,
): MergeRequest => ({
  masterFields: fields.filter((f) => (picks[f.field] ?? master) === master).map((f) => f.field),
  children: records
    .map((r, i) => ({ id: r.id, index: i }))
    .filter((c) => c.index !== master)
    .map((c) => ({ id: c.id, fields: fields.filter((f) => picks[f.field] === c.index).map((f) => f.field) })),
});
