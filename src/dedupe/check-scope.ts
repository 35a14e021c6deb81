import { conversionOf } from './modules';
import type { DuplicateCheckPreference } from './types';

/** One module Zoho compares a save against, and which of our fields map to which of its fields. */
export type ScopeTarget = {
  readonly module: string;
  /** Search converted Leads too (Zoho's search skips them unless asked). */
  readonly converted: 'false' | 'both';
  /** Our field -> its field; blocking clashes are judged through these. */
  readonly fieldMap: readonly { readonly from: string; readonly to: string }[];
};

/**
 * What a save in `module` is checked against: the module itself, plus, for Leads with the duplicate check
 * preference on, converted Leads and (mapped_module_records) the mapped module through its field mappings.
 */
export const duplicateCheckScope = (
  module: string,
  uniqueFields: readonly string[],
  preference: DuplicateCheckPreference | null,
): readonly ScopeTarget[] => {
  const own = uniqueFields.map((f) => ({ from: f, to: f }));
  if (!conversionOf(module) || !preference) return [{ module, converted: 'false', fieldMap: own }];
  const self: ScopeTarget = { module, converted: 'both', fieldMap: own };
  if (preference.type !== 'mapped_module_records' || !preference.mappedModule) return [self];
  const mapped = preference.fieldMappings.map((m) => ({ from: m.currentField, to: m.mappedField }));
  return [self, { module: preference.mappedModule, converted: 'false', fieldMap: mapped }];
};
