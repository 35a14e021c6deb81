import type { FieldDef } from '../metadata/field-def';
import type { ModuleDef } from '../metadata/modules';
import { fieldsOf } from '../metadata/registry';
import type { Store } from '../store/store';

export type ItemError = {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly message: string;
  readonly status: 'error';
};

export type CheckedValues =
  | { readonly ok: true; readonly values: Record<string, unknown>; readonly ownerId: string | null }
  | { readonly ok: false; readonly error: ItemError };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const expectedType = (field: FieldDef, value: unknown): string | null => {
  if (value === null) return null;
  switch (field.dataType) {
    case 'email':
      return typeof value === 'string' && (value === '' || EMAIL.test(value.trim())) ? null : 'email';
    case 'integer':
    case 'bigint':
      return Number.isInteger(typeof value === 'string' ? Number(value) : value) ? null : 'integer';
    case 'currency':
    case 'double':
      return typeof value === 'number' || (typeof value === 'string' && !Number.isNaN(Number(value)))
        ? null
        : 'double';
    case 'multiselectpicklist':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : 'jsonarray';
    case 'date':
      return typeof value === 'string' && DATE.test(value) ? null : 'date';
    case 'lookup':
      return typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
        ? null
        : 'jsonobject';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'boolean';
    default:
      return typeof value === 'string' || typeof value === 'number' ? null : 'string';
  }
};

const itemError = (code: string, message: string, details: Record<string, unknown>): CheckedValues => ({
  ok: false,
  error: { code, details, message, status: 'error' },
});

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Keeps the writable fields of one `data[]` item, or answers INVALID_DATA / MANDATORY_NOT_FOUND for it. */
export const checkValues = (
  store: Store,
  module: ModuleDef,
  input: Readonly<Record<string, unknown>>,
  index: number,
  mode: 'insert' | 'update',
): CheckedValues => {
  const path = (f: string) => `$.data[${index}].${f}`;
  const values: Record<string, unknown> = {};
  let ownerId: string | null = null;
  // A key that names no field is left out without an error, as Zoho does (Insert Records doc: API names only).
  for (const field of fieldsOf(store, module)) {
    const value = input[field.apiName];
    if (field.apiName === 'Owner' && value !== undefined) {
      const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
      if (typeof id !== 'string' || !store.userById(id))
        return itemError('INVALID_DATA', 'invalid data', {
          api_name: 'Owner',
          json_path: path('Owner'),
          expected_data_type: 'ownerlookup',
        });
      ownerId = id;
      continue;
    }
    if (field.readOnly || value === undefined) continue;
    if (field.mandatory && isBlank(value))
      return itemError('MANDATORY_NOT_FOUND', 'required field not found', {
        api_name: field.apiName,
        json_path: path(field.apiName),
      });
    const expected = expectedType(field, value);
    if (expected)
      return itemError('INVALID_DATA', 'invalid data', {
        api_name: field.apiName,
        json_path: path(field.apiName),
        expected_data_type: expected,
      });
    const kept = typeof value === 'string' && field.dataType !== 'textarea' ? value.trim() : value;
    // Zoho refuses a value longer than the field's `length` with INVALID_DATA and `maximum_length` in its details
    // (record.json in Zoho's v8 OpenAPI files); counted in UTF-16 units, as Java strings are (UNVERIFIED).
    if (typeof kept === 'string' && field.length !== undefined && kept.length > field.length)
      return itemError('INVALID_DATA', 'invalid data', {
        api_name: field.apiName,
        json_path: path(field.apiName),
        maximum_length: String(field.length),
      });
    values[field.apiName] = kept;
  }
  if (mode === 'insert') {
    const missing = fieldsOf(store, module).find((f) => f.mandatory && isBlank(input[f.apiName]));
    if (missing)
      return itemError('MANDATORY_NOT_FOUND', 'required field not found', {
        api_name: missing.apiName,
        json_path: path(missing.apiName),
      });
  }
  return { ok: true, values, ownerId };
};
