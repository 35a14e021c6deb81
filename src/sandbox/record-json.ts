import type { Store } from './store/store';
import type { StoredRecord, User } from './store/types';
import { formatZohoTime } from './time';

export type UserLookup = (id: string) => User | undefined;

/** Looks users up once per request instead of once per record. */
export const userLookup = (store: Store): UserLookup => {
  const cache = new Map<string, User | undefined>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, store.userById(id));
    return cache.get(id);
  };
};

export const userRef = (users: UserLookup, id: string) => {
  const u = users(id);
  return { name: u?.name ?? 'Unknown User', id, email: u?.email ?? '' };
};

const fullName = (values: Readonly<Record<string, unknown>>): string | undefined => {
  const parts = [values.First_Name, values.Last_Name].filter((v) => typeof v === 'string' && v !== '');
  return parts.length > 0 ? parts.join(' ') : undefined;
};

/** A record as Zoho's record APIs write it: values plus Owner, Created/Modified By and Time. */
export const recordJson = (
  record: StoredRecord,
  users: UserLookup,
  fields?: readonly string[],
): Record<string, unknown> => {
  const name =
    record.module === 'Leads' || record.module === 'Contacts' ? fullName(record.values) : undefined;
  const all: Record<string, unknown> = {
    ...record.values,
    ...(name !== undefined ? { Full_Name: name } : {}),
    Owner: userRef(users, record.ownerId),
    Created_By: userRef(users, record.createdBy),
    Modified_By: userRef(users, record.modifiedBy),
    Created_Time: formatZohoTime(record.createdMs),
    Modified_Time: formatZohoTime(record.modifiedMs),
    ...(record.module === 'Leads' ? { $converted: record.converted !== null } : {}),
    id: record.id,
  };
  if (!fields) return all;
  const picked: Record<string, unknown> = { id: record.id };
  for (const f of fields) if (f in all) picked[f] = all[f];
  return picked;
};

/** The `details` of a write success: id plus bookkeeping (Created_By and Modified_By without email). */
export const writeDetails = (record: StoredRecord, users: UserLookup) => {
  const by = (id: string) => ({ name: users(id)?.name ?? 'Unknown User', id });
  return {
    Modified_Time: formatZohoTime(record.modifiedMs),
    Modified_By: by(record.modifiedBy),
    Created_Time: formatZohoTime(record.createdMs),
    id: record.id,
    Created_By: by(record.createdBy),
  };
};

/** Reads one field the way recordJson would write it, without building the whole record (search hot path). */
export const fieldReader =
  (record: StoredRecord, users: UserLookup) =>
  (field: string): unknown => {
    if (field in record.values) return record.values[field];
    if (field === 'Full_Name') return fullName(record.values);
    return recordJson(record, users)[field];
  };
