import type { ModuleDef } from '../metadata/modules';
import type { UserLookup } from '../record-json';
import type { StoredRecord } from '../store/types';

/** A value of the record being written that an existing record already holds in a unique field. */
export type Clash = {
  readonly field: string;
  readonly module: ModuleDef;
  readonly record: StoredRecord;
  readonly moreRecords: boolean;
};

export const duplicateDataItem = (clash: Clash, index: number, users: UserLookup) => {
  const owner = users(clash.record.ownerId);
  return {
    code: 'DUPLICATE_DATA',
    details: {
      api_name: clash.field,
      json_path: `$.data[${index}].${clash.field}`,
      duplicate_record: {
        Owner: { name: owner?.name ?? 'Unknown User', id: clash.record.ownerId, zuid: owner?.zuid ?? '' },
        module: { api_name: clash.module.apiName, id: clash.module.id },
        id: clash.record.id,
      },
      more_records: clash.moreRecords,
    },
    message: 'duplicate data',
    status: 'error' as const,
  };
};

/** One clash is DUPLICATE_DATA; several fields at once are wrapped in MULTIPLE_OR_MULTI_ERRORS. */
export const clashError = (clashes: readonly Clash[], index: number, users: UserLookup) => {
  const items = clashes.map((c) => duplicateDataItem(c, index, users));
  if (items.length === 1 && items[0]) return items[0];
  return {
    code: 'MULTIPLE_OR_MULTI_ERRORS',
    details: { errors: items },
    message: 'Multiple errors in the request',
    status: 'error' as const,
  };
};
