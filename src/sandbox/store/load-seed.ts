import { INSTALLED_VARIABLES } from '../seed/installed-variables';
import type { SeedData } from '../seed/types';
import { parseZohoTime } from '../time';
import type { Store } from './store';
import type { StoredRecord } from './types';

const msOf = (text: string, fallback: number): number => parseZohoTime(text) ?? fallback;

/** Replaces the store's content with a seed, in one transaction (thousands of rows in well under a second). */
export const loadSeed = (store: Store, data: SeedData): void => {
  store.clear();
  store.transaction(() => {
    if (data.users.length > 0) store.replaceUsers(data.users);
    for (const { module, field } of data.uniqueFields) store.setUnique(module, field, true);
    for (const variable of INSTALLED_VARIABLES) store.putVariable(variable);
    for (const r of data.records) {
      const createdMs = msOf(r.createdTime, 0);
      store.put({
        id: r.id,
        module: r.module,
        ownerId: r.ownerId,
        createdBy: r.ownerId,
        modifiedBy: r.ownerId,
        createdMs,
        modifiedMs: msOf(r.modifiedTime, createdMs),
        indexedMs: 0,
        converted: r.converted ?? null,
        values: r.values,
      });
    }
  });
};

export type PlainRecord = {
  readonly values: Readonly<Record<string, unknown>>;
  readonly ownerId?: string;
  readonly id?: string;
};

/** Inserts records without duplicate checks, for benchmarks that load thousands of rows. Returns their ids. */
export const bulkInsert = (
  store: Store,
  module: string,
  records: readonly PlainRecord[],
  nowMs: number = Date.now(),
): readonly string[] => {
  const owner = store.users()[0]?.id ?? '';
  const createdMs = nowMs - (nowMs % 1000);
  return store.transaction(() =>
    records.map((r) => {
      const record: StoredRecord = {
        id: r.id ?? store.nextId(),
        module,
        ownerId: r.ownerId ?? owner,
        createdBy: r.ownerId ?? owner,
        modifiedBy: r.ownerId ?? owner,
        createdMs,
        modifiedMs: createdMs,
        indexedMs: 0,
        converted: null,
        values: r.values,
      };
      store.put(record);
      return record.id;
    }),
  );
};
