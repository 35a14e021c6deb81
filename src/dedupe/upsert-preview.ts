import { asText } from './fold';
import type { CandidateRecord, Values } from './types';

export type UpsertClash = { readonly field: string; readonly record: CandidateRecord };

export type UpsertPreview = {
  readonly action: 'insert' | 'update';
  /** The record an update lands on, and the field in Zoho's order that picked it. */
  readonly target: { readonly record: CandidateRecord; readonly field: string } | null;
  /** Unique fields whose value another record already holds: Zoho answers DUPLICATE_DATA instead. */
  readonly clashes: readonly UpsertClash[];
  readonly code: 'SUCCESS' | 'DUPLICATE_DATA' | 'MULTIPLE_OR_MULTI_ERRORS';
};

// Zoho's duplicate check ignores case and surrounding spaces, but compares formats as stored.
const key = (value: unknown): string => asText(value).toLowerCase();

/**
 * What Zoho does with an upsert of `candidate`: the first field in `order` that equals an existing record's
 * value picks the record to update; any unique field (default: the whole order) equal in another record clashes.
 */
export const previewUpsert = (
  candidate: Values,
  existing: readonly CandidateRecord[],
  order: readonly string[],
  uniqueFields: readonly string[] = order,
): UpsertPreview => {
  let target: UpsertPreview['target'] = null;
  for (const field of order) {
    const v = key(candidate[field]);
    const record = v ? existing.find((r) => key(r.values[field]) === v) : undefined;
    if (record) {
      target = { record, field };
      break;
    }
  }
  const clashes: UpsertClash[] = [];
  for (const field of uniqueFields) {
    const v = key(candidate[field]);
    if (!v) continue;
    const record = existing.find((r) => r.id !== target?.record.id && key(r.values[field]) === v);
    if (record) clashes.push({ field, record });
  }
  const code =
    clashes.length === 0 ? 'SUCCESS' : clashes.length === 1 ? 'DUPLICATE_DATA' : 'MULTIPLE_OR_MULTI_ERRORS';
  return { action: target ? 'update' : 'insert', target, clashes, code };
};
