import { invalidModule, invalidUrl } from '../errors';
import type { Store } from '../store/store';
import type { FieldDef } from './field-def';
import { findModule, type ModuleDef } from './modules';

/** The module a URL names, or Zoho's INVALID_MODULE (INVALID_URL_PATTERN for `settings` and friends). */
export const resolveModule = (name: string): ModuleDef => {
  if (['settings', 'users', 'org', 'coql'].includes(name.toLowerCase())) return invalidUrl();
  return findModule(name) ?? invalidModule();
};

export const fieldsOf = (store: Store, module: ModuleDef): readonly FieldDef[] => [
  ...module.fields,
  ...store.customFields(module.apiName),
];

export const fieldOf = (store: Store, module: ModuleDef, apiName: string): FieldDef | undefined =>
  fieldsOf(store, module).find((f) => f.apiName === apiName);

/** User-defined unique fields ("Do not allow duplicate values"), in the module's field order. */
export const uniqueFieldsOf = (store: Store, module: ModuleDef): readonly string[] => {
  const marked = new Set(store.uniqueFields(module.apiName));
  return fieldsOf(store, module)
    .map((f) => f.apiName)
    .filter((name) => marked.has(name));
};
