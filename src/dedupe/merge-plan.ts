import { isEmptyValue as isEmpty } from './empty-value';
import type { CandidateRecord, FieldInfo, FieldValue, Values } from './types';

export type Pick = 'incoming' | 'existing';

export type MergeInput = {
  readonly incoming: Values;
  readonly existing: CandidateRecord;
  /** The rep's choice per field; unpicked fields keep a non-empty existing value and fill an empty one. */
  readonly picks: Readonly<Record<string, Pick>>;
  readonly fields: readonly FieldInfo[];
  /** Zoho's duplicate check order for the module (see duplicateCheckOrder). */
  readonly order: readonly string[];
};

export type FieldChange = { readonly field: string; readonly from: FieldValue; readonly to: FieldValue };

export type MergePlan = {
  /** The upsert record: changed fields, plus the field that makes Zoho pick the existing record. */
  readonly payload: Values;
  /** Null when no duplicate check field holds the record's value: update it by id instead. */
  readonly duplicateCheckFields: readonly string[] | null;
  readonly changes: readonly FieldChange[];
  /** Old value of every changed field (null where it was empty). */
  readonly undo: Values;
  /** Restores `undo` through the same upsert route. */
  readonly undoPayload: Values;
  /** For If-Unmodified-Since: the record's Modified_Time as previewed. */
  readonly ifUnmodifiedSince: string | null;
};

const same = (a: FieldValue | undefined, b: FieldValue | undefined): boolean =>
  (isEmpty(a) && isEmpty(b)) || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The upsert that turns "create a duplicate" into "update the existing record", with its undo. */
export const planMerge = (input: MergeInput): MergePlan => {
  const { incoming, existing, picks } = input;
  const info = new Map(input.fields.map((f) => [f.apiName, f]));
  const payload: Record<string, FieldValue> = {};
  const undo: Record<string, FieldValue> = {};
  const append: Record<string, boolean> = {};
  const changes: FieldChange[] = [];
  for (const field of Object.keys(incoming)) {
    const f = info.get(field);
    if (f?.readOnly || field === 'id') continue;
    const mine = incoming[field] ?? null;
    const theirs = existing.values[field] ?? null;
    const pick = picks[field] ?? (isEmpty(theirs) ? 'incoming' : 'existing');
    // Never blank a value the rep did not explicitly choose to replace.
    if (pick === 'existing' || same(mine, theirs) || (isEmpty(mine) && picks[field] !== 'incoming')) continue;
    if (
      f?.dataType === 'multiselectpicklist' &&
      Array.isArray(mine) &&
      Array.isArray(theirs) &&
      theirs.length
    ) {
      const added = mine.filter((v) => !theirs.includes(v));
      if (added.length === 0) continue;
      payload[field] = added;
      append[field] = true;
      changes.push({ field, from: theirs, to: [...theirs, ...added] });
    } else {
      payload[field] = mine;
      changes.push({ field, from: theirs, to: mine });
    }
    undo[field] = theirs;
  }
  // Only a unique field's value names one record: a system field nobody marked unique can match several, and
  // the upsert would update whichever Zoho finds first (ZOHO.md, pitfall 4); then update by id instead.
  const key = input.order.find(
    (f) => info.get(f)?.unique === true && !(f in payload) && !isEmpty(existing.values[f]),
  );
  const keyValue = key ? { [key]: existing.values[key] ?? null } : { id: existing.id };
  return {
    payload: {
      ...payload,
      ...keyValue,
      ...(Object.keys(append).length ? { $append_values: appendValue(append) } : {}),
    },
    duplicateCheckFields: key ? [key] : null,
    changes,
    undo,
    undoPayload: { ...undo, ...keyValue },
    ifUnmodifiedSince: existing.modifiedTime,
  };
};

// `$append_values` is Zoho's object of field -> true; Values has no object type for it, so it rides as a lookup-free map.
const appendValue = (append: Record<string, boolean>): FieldValue => append as unknown as FieldValue;

/** The record after Zoho applies `payload` (multi-selects in `$append_values` are appended, not replaced). */
export const applyPayload = (values: Values, payload: Values): Values => {
  const append = (payload.$append_values ?? {}) as unknown as Readonly<Record<string, boolean>>;
  const out: Record<string, FieldValue> = { ...values };
  for (const [field, v] of Object.entries(payload)) {
    if (field === '$append_values' || field === 'id') continue;
    const old = out[field];
    out[field] =
      append[field] && Array.isArray(old) && Array.isArray(v)
        ? [...old, ...v.filter((x) => !old.includes(x))]
        : v;
  }
  return out;
};
