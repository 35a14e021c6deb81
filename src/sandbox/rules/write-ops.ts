import { writeDetails } from '../record-json';
import type { StoredRecord } from '../store/types';
import { canSee } from '../visibility';
import { checkValues, type ItemError } from './check-values';
import { clashError } from './clash';
import { findClashes } from './find-clashes';
import { clashScope, type WriteContext } from './write-context';

export type WriteItem =
  | {
      readonly code: 'SUCCESS';
      readonly duplicate_field?: string | null;
      readonly action?: 'insert' | 'update';
      readonly details: ReturnType<typeof writeDetails>;
      readonly message: 'record added' | 'record updated';
      readonly status: 'success';
    }
  | ItemError;

const idError = (code: string, message: string, index: number, id?: string): ItemError => ({
  code,
  details: { api_name: 'id', json_path: `$.data[${index}].id`, ...(id ? { id } : {}) },
  message,
  status: 'error',
});

export const insertOne = (
  ctx: WriteContext,
  input: Readonly<Record<string, unknown>>,
  index: number,
): WriteItem => {
  const checked = checkValues(ctx.store, ctx.module, input, index, 'insert');
  if (!checked.ok) return checked.error;
  const clashes = findClashes(ctx.store, ctx.module, checked.values, clashScope(ctx));
  if (clashes.length > 0) return clashError(clashes, index, ctx.users);
  const record: StoredRecord = {
    id: ctx.store.nextId(),
    module: ctx.module.apiName,
    ownerId: checked.ownerId ?? ctx.user.id,
    createdBy: ctx.user.id,
    modifiedBy: ctx.user.id,
    createdMs: ctx.nowMs,
    modifiedMs: ctx.nowMs,
    indexedMs: ctx.wallMs,
    converted: null,
    values: checked.values,
  };
  ctx.store.put(record);
  ctx.touched.add(record.id);
  ctx.created.add(record.id);
  return {
    code: 'SUCCESS',
    details: writeDetails(record, ctx.users),
    message: 'record added',
    status: 'success',
  };
};

/** Updates one existing record; unique fields are checked against every other record. */
export const updateExisting = (
  ctx: WriteContext,
  existing: StoredRecord,
  input: Readonly<Record<string, unknown>>,
  index: number,
): WriteItem => {
  if (!canSee(ctx.user, existing)) return idError('NO_PERMISSION', 'permission denied', index, existing.id);
  if (existing.converted)
    return idError('CONVERTED_RECORD', "can't update the converted record", index, existing.id);
  // If-Unmodified-Since: Zoho refuses when the record changed after the given second.
  if (ctx.unmodifiedSince !== null && existing.modifiedMs > ctx.unmodifiedSince)
    return {
      code: 'ALREADY_MODIFIED',
      details: { id: existing.id, api_name: 'Modified_Time', json_path: `$.data[${index}]` },
      message: 'record has been modified after the given time',
      status: 'error',
    };
  const checked = checkValues(ctx.store, ctx.module, input, index, 'update');
  if (!checked.ok) return checked.error;
  const merged = { ...existing.values, ...checked.values };
  const clashes = findClashes(ctx.store, ctx.module, checked.values, clashScope(ctx, existing.id));
  if (clashes.length > 0) return clashError(clashes, index, ctx.users);
  const record: StoredRecord = {
    ...existing,
    ownerId: checked.ownerId ?? existing.ownerId,
    modifiedBy: ctx.user.id,
    modifiedMs: ctx.nowMs,
    values: merged,
  };
  ctx.store.put(record);
  ctx.touched.add(record.id);
  return {
    code: 'SUCCESS',
    details: writeDetails(record, ctx.users),
    message: 'record updated',
    status: 'success',
  };
};

export const updateOne = (
  ctx: WriteContext,
  input: Readonly<Record<string, unknown>>,
  index: number,
  pathId?: string,
): WriteItem => {
  const id = pathId ?? input.id;
  if (typeof id !== 'string' || id === '')
    return {
      code: 'MANDATORY_NOT_FOUND',
      details: { api_name: 'id', json_path: `$.data[${index}].id` },
      message: 'required field not found',
      status: 'error',
    };
  const existing = ctx.store.get(id);
  if (!existing || existing.module !== ctx.module.apiName)
    return idError('INVALID_DATA', 'the id given seems to be invalid', index, id);
  return updateExisting(ctx, existing, input, index);
};
