import { duplicateCheckScope, type ScopeTarget } from '../../dedupe/check-scope';
import { blockingFields, duplicateCheckOrder } from '../../dedupe/duplicate-check-order';
import { conversionOf } from '../../dedupe/modules';
import type { FieldInfo } from '../../dedupe/types';
import type { CrmClient } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';
import { ok, type Result } from '../../zoho/result';

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
  /** Per searched module, the fields it has: a search naming any other field is refused as INVALID_QUERY. */
  readonly searchable: Readonly<Record<string, readonly string[]>>;
};

type FieldsRead = Result<readonly FieldInfo[], CrmError>;

/** `alsoSearch`: modules the admin searches beyond what Zoho itself checks; their matches never block. */
export const loadCheckContext = async (
  client: CrmClient,
  module: string,
  alsoSearch: readonly string[],
): Promise<Result<CheckContext, CrmError>> => {
  const converts = conversionOf(module) !== null;
  const [fields, preference] = await Promise.all([
    client.getFields(module),
    converts ? client.getDuplicateCheckPreference(module) : Promise.resolve(ok(null)),
  ]);
  if (!fields.ok) return fields;
  // An org whose connection cannot read the preference still gets the unique-field verdicts.
  const pref = preference.ok ? preference.value : null;
  const scope = duplicateCheckScope(module, blockingFields(fields.value), pref);
  const searched = new Set(scope.map((t) => t.module));
  const others = [...new Set([...searched, ...alsoSearch])].filter((m) => m !== module);
  const read = await Promise.all(others.map((m) => client.getFields(m)));
  const known = new Map<string, FieldsRead>(others.map((m, i) => [m, read[i] as FieldsRead]));
  const searchable: Record<string, readonly string[]> = { [module]: fields.value.map((f) => f.apiName) };
  for (const [m, r] of known) if (r.ok) searchable[m] = r.value.map((f) => f.apiName);
  // A module the rep cannot read the fields of (no permission, or no such module) is left out, not an error.
  const extra = alsoSearch
    .filter((m) => !searched.has(m) && m !== module && searchable[m])
    .map((m): ScopeTarget => ({ module: m, converted: 'false', fieldMap: [] }));
  // Converted Leads are duplicates to show even when Zoho does not check them.
  const self = scope.map((t) => (t.module === module && converts ? { ...t, converted: 'both' as const } : t));
  return ok({
    fields: fields.value,
    scope,
    targets: [...self, ...extra],
    order: duplicateCheckOrder({ module, fields: fields.value }),
    labels: Object.fromEntries(fields.value.map((f) => [f.apiName, f.label])),
    convertedBlock: pref !== null,
    searchable,
  });
};
