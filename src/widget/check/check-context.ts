import { duplicateCheckScope, type ScopeTarget } from '../../dedupe/check-scope';
import { blockingFields, duplicateCheckOrder } from '../../dedupe/duplicate-check-order';
import type { FieldInfo } from '../../dedupe/types';
import type { CrmClient } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';
import { ok, type Result } from '../../zoho/result';

/** Modules searched for the same person beyond what Zoho itself checks; their matches never block. */
export const ALSO_SEARCH: Readonly<Record<string, readonly string[]>> = {
  Leads: ['Contacts'],
  Contacts: ['Leads'],
};

/** What one module's check needs from its metadata, read once per session. */
export type CheckContext = {
  readonly fields: readonly FieldInfo[];
  /** Where Zoho refuses a save: the module itself (unique fields), plus the Leads preference's targets. */
  readonly scope: readonly ScopeTarget[];
  /** Every module searched, scope first. */
  readonly targets: readonly ScopeTarget[];
  /** Zoho's upsert order for the module (see duplicateCheckOrder). */
  readonly order: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  /** The Leads duplicate check preference is on: a converted Lead blocks like a live one. */
  readonly convertedBlock: boolean;
};

export const loadCheckContext = async (
  client: CrmClient,
  module: string,
): Promise<Result<CheckContext, CrmError>> => {
  const [fields, preference] = await Promise.all([
    client.getFields(module),
    module === 'Leads' ? client.getDuplicateCheckPreference(module) : Promise.resolve(ok(null)),
  ]);
  if (!fields.ok) return fields;
  // An org whose connection cannot read the preference still gets the unique-field verdicts.
  const pref = preference.ok ? preference.value : null;
  const scope = duplicateCheckScope(module, blockingFields(fields.value), pref);
  const searched = new Set(scope.map((t) => t.module));
  const extra = (ALSO_SEARCH[module] ?? [])
    .filter((m) => !searched.has(m))
    .map((m): ScopeTarget => ({ module: m, converted: 'false', fieldMap: [] }));
  // Converted Leads are duplicates to show even when Zoho does not check them.
  const self = scope.map((t) =>
    t.module === module && module === 'Leads' ? { ...t, converted: 'both' as const } : t,
  );
  return ok({
    fields: fields.value,
    scope,
    targets: [...self, ...extra],
    order: duplicateCheckOrder({ module, fields: fields.value }),
    labels: Object.fromEntries(fields.value.map((f) => [f.apiName, f.label])),
    convertedBlock: pref !== null,
  });
};
