import type { StoredRecord } from '../store/types';
import { clashError } from './clash';
import { uniqueKey } from './normalise';
import type { WriteContext } from './write-context';
import { insertOne, updateExisting, type WriteItem } from './write-ops';

type Target = { readonly field: string; readonly record: StoredRecord };

/** The record the first field of `order` with a match picks (converted Leads are never upsert targets). */
const findTarget = (
  ctx: WriteContext,
  input: Readonly<Record<string, unknown>>,
  order: readonly string[],
): Target | null => {
  const records = ctx.store.list(ctx.module.apiName).filter((r) => r.converted === null);
  for (const field of order) {
    const key = uniqueKey(input[field]);
    if (key === null) continue;
    const record = records.find((r) => uniqueKey(r.values[field]) === key);
    if (record) return { field, record };
  }
  return null;
};

/**
 * Upsert one `data[]` item: update the record the duplicate check order finds, or insert. A record inserted
 * earlier in the same call is no target: the later item clashes with it (ZOHO.md "In-batch duplicates", the
 * bulk-upsert thread in shared/seeds), unless the sandbox lets in-batch duplicates through.
 */
export const upsertOne = (
  ctx: WriteContext,
  input: Readonly<Record<string, unknown>>,
  index: number,
  order: readonly string[],
): WriteItem => {
  const target = findTarget(ctx, input, order);
  if (target && ctx.created.has(target.record.id) && ctx.options.inBatchDuplicates === 'later-clashes')
    return clashError([{ ...target, module: ctx.module, moreRecords: false }], index, ctx.users);
  if (!target) {
    const item = insertOne(ctx, input, index);
    return item.status === 'success' ? { ...item, duplicate_field: null, action: 'insert' } : item;
  }
  const item = updateExisting(ctx, target.record, input, index);
  return item.status === 'success' ? { ...item, duplicate_field: target.field, action: 'update' } : item;
};
