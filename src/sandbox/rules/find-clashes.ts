import { findModule, type ModuleDef } from '../metadata/modules';
import { uniqueFieldsOf } from '../metadata/registry';
import type { Store } from '../store/store';
import type { StoredRecord } from '../store/types';
import type { Clash } from './clash';
import { uniqueKey } from './normalise';

export type ClashScope = {
  /** The record being updated (never clashes with itself). */
  readonly selfId?: string;
  /** Records written earlier in the same call, skipped when in-batch duplicates are allowed. */
  readonly skipIds?: ReadonlySet<string>;
  readonly systemFieldBlocks: boolean;
};

const firstMatches = (
  records: readonly StoredRecord[],
  field: string,
  key: string,
  scope: ClashScope,
  includeConverted: boolean,
): StoredRecord[] =>
  records.filter(
    (r) =>
      r.id !== scope.selfId &&
      !scope.skipIds?.has(r.id) &&
      (includeConverted || r.converted === null) &&
      uniqueKey(r.values[field]) === key,
  );

/** The fields whose values already exist: unique fields, the Leads duplicate check preference, optionally the system field. */
export const findClashes = (
  store: Store,
  module: ModuleDef,
  values: Readonly<Record<string, unknown>>,
  scope: ClashScope,
): readonly Clash[] => {
  const fields = [...uniqueFieldsOf(store, module)];
  if (scope.systemFieldBlocks && !fields.includes(module.systemField)) fields.unshift(module.systemField);
  const preference = module.apiName === 'Leads' ? store.preference('Leads') : null;
  const records = store.list(module.apiName);
  const clashes: Clash[] = [];
  for (const field of fields) {
    const key = uniqueKey(values[field]);
    if (key === null) continue;
    const hits = firstMatches(records, field, key, scope, preference !== null);
    if (hits[0]) clashes.push({ field, module, record: hits[0], moreRecords: hits.length > 1 });
  }
  for (const config of preference?.type === 'mapped_module_records' ? preference.type_configurations : []) {
    const mapped = findModule(config.mapped_module.api_name);
    if (!mapped) continue;
    const others = store.list(mapped.apiName);
    for (const mapping of config.field_mappings) {
      const field = mapping.current_field.api_name;
      const key = uniqueKey(values[field]);
      if (key === null || clashes.some((c) => c.field === field)) continue;
      const hits = firstMatches(others, mapping.mapped_field.api_name, key, scope, true);
      if (hits[0]) clashes.push({ field, module: mapped, record: hits[0], moreRecords: hits.length > 1 });
    }
  }
  return clashes;
};
