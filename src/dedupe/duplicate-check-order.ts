import { systemDuplicateCheckField } from './system-fields';
import type { FieldInfo } from './types';

export type OrderInput = {
  readonly module: string;
  readonly fields: readonly FieldInfo[];
  /** The upsert's `duplicate_check_fields`; absent means Zoho's default order. */
  readonly duplicateCheckFields?: readonly string[];
  /** A custom module: its system field is Name. */
  readonly custom?: boolean;
};

/**
 * The fields Zoho checks on upsert, in order (Kaizen #56): the listed fields, then the remaining user unique
 * fields; with no list, the system field then the user unique fields. A system field left out of a list is not checked.
 */
export const duplicateCheckOrder = (input: OrderInput): readonly string[] => {
  const system = systemDuplicateCheckField(input.module, input.custom ?? false);
  const unique = input.fields.filter((f) => f.unique && f.apiName !== system).map((f) => f.apiName);
  const allowed = new Set([...(system ? [system] : []), ...unique]);
  const listed = input.duplicateCheckFields;
  if (!listed || listed.length === 0) return dedupe([...(system ? [system] : []), ...unique]);
  const head = listed.filter((f) => allowed.has(f));
  return dedupe([...head, ...unique]);
};

/** Fields whose equal value makes an insert or update fail with DUPLICATE_DATA (the metadata's unique flag). */
export const blockingFields = (fields: readonly FieldInfo[]): readonly string[] =>
  fields.filter((f) => f.unique).map((f) => f.apiName);

const dedupe = (names: readonly string[]): readonly string[] => [...new Set(names)];
