import type { CandidateRecord, FieldValue } from '../../dedupe/types';
import type { MergeRequest } from '../../zoho/crm-client';
import { isEmpty, valueText } from '../format';
import { SYSTEM_FIELD } from './system-fields';

export type MergeField = { readonly field: string; readonly values: readonly FieldValue[] };
/** Field -> index of the record whose value the merged record keeps. */
export type RecordPicks = Readonly<Record<string, number>>;

/** Fields where the records disagree and at least one has a value. */
export const mergeFields = (records: readonly CandidateRecord[]): readonly MergeField[] => {
  const names = [...new Set(records.flatMap((r) => Object.keys(r.values)))].filter(
    (f) => !SYSTEM_FIELD.test(f),
  );
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

/** A value the merged record will not keep: it goes with the record that held it. */
export type DroppedValue = { readonly field: string; readonly value: FieldValue; readonly from: number };

/** Every non-empty value the picks leave behind, unless the kept value says the same. */
export const droppedValues = (fields: readonly MergeField[], picks: RecordPicks): readonly DroppedValue[] =>
  fields.flatMap((f) => {
    const kept = valueText(f.values[picks[f.field] ?? 0] ?? null);
    return f.values
      .map((value, from) => ({ field: f.field, value, from }))
      .filter((d) => !isEmpty(d.value) && valueText(d.value) !== kept);
  });
