import type { Pick } from '../../dedupe/merge-plan';
import type { FieldValue, Values } from '../../dedupe/types';
import { isEmpty, valueText } from '../format';
import { SYSTEM_FIELD } from './system-fields';

export type Picks = Readonly<Record<string, Pick>>;
export type MergeRow = {
  readonly field: string;
  readonly existing: FieldValue;
  readonly incoming: FieldValue;
  readonly differs: boolean;
};

const same = (a: FieldValue, b: FieldValue): boolean => valueText(a).trim() === valueText(b).trim();

/** One row per field the form filled in: the merge view's lines, existing beside incoming. */
export const mergeRows = (existing: Values, incoming: Values): readonly MergeRow[] =>
  Object.entries(incoming)
    .filter(([field, value]) => !SYSTEM_FIELD.test(field) && !isEmpty(value))
    .map(([field, value]) => {
      const old = existing[field] ?? null;
      return { field, existing: old, incoming: value, differs: !same(old, value) };
    });

/** The side each row shows as chosen: the rep's pick, else planMerge's default (keep non-empty, fill empty). */
export const pickOf = (row: MergeRow, picks: Picks): Pick =>
  picks[row.field] ?? (isEmpty(row.existing) ? 'incoming' : 'existing');
