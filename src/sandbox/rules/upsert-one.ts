import type { StoredRecord } from '../store/types';
import { uniqueKey } from './normalise';
import type { WriteContext } from './write-context';
import { insertOne, updateExisting, type WriteItem } from './write-ops';

/** The record the first field of `order` with a match picks (converted Leads are never upsert targets). */
const findTarget = (
  ctx: WriteContext,
  input: Readonly<Record<string, unknown>>,
  order: readonly string[],
): { readonly field: string; readonly record: StoredRecord } | null => {
  const records = ctx.store.list(ctx.module.apiName).filter((r) => r.converted === null);
  for (const field of order) {
    const key = uniqueKey(input[field]);
    if (key === null) continue;
    const record = records.find((r) => uniqueKey(r.values[field]) === key);
    if (record) return { field, record };
  }
  return null;
};

/** Upsert one `data[]` item: update the record the duplicate check order finds, or insert. */
export const upsertOne = (
  ctx: WriteContext,
  input: Readonly<Record<string, unknown>>,
  index: number,
  order: readonly string[],
): WriteItem => {
  const target = findTarget(ctx, input, order);
  if (!target) {
    const item = insertOne(ctx, input, index);
    return item.status === 'success' ? { ...item, duplicate_field: null, action: 'insert' } : item;
  }
  const item = updateExisting(ctx, target.record, input, index);
  return item.status === 'success' ? { ...item, duplicate_field: target.field, action: 'update' } : item;
};
