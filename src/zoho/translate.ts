import * as z from 'zod/mini';
import type {
  CandidateRecord,
  DuplicateCheckPreference,
  FieldInfo,
  FieldValue,
  UserRef,
  Values,
} from '../dedupe/types';
import type { CurrentUser, ModuleInfo, OrgInfo } from './crm-client';
import { tabNameOf } from './record-link';
import { userRefWire } from './schemas/common';
import type { duplicateCheckPreferenceWire } from './schemas/duplicate-check-preference';
import type { fieldWire } from './schemas/fields';
import type { moduleWire } from './schemas/modules';
import type { orgWire } from './schemas/org';
import type { RecordWire } from './schemas/records';
import type { userWire } from './schemas/user';

const toFieldValue = (raw: unknown): FieldValue | undefined => {
  if (raw === null || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (Array.isArray(raw)) return raw.every((v) => typeof v === 'string') ? (raw as string[]) : undefined;
  const lookup = z.safeParse(
    z.looseObject({ id: z.string(), name: z.optional(z.nullable(z.string())) }),
    raw,
  );
  return lookup.success ? { id: lookup.data.id, name: lookup.data.name ?? null } : undefined;
};

/** Field values by api_name; `$` keys are Zoho's own metadata, and subforms/tags are not matched on. */
export const toValues = (raw: Readonly<Record<string, unknown>>): Values => {
  const values: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('$')) continue;
    const v = toFieldValue(value);
    if (v !== undefined) values[key] = v;
  }
  return values;
};

export const toUserRef = (raw: unknown): UserRef | null => {
  const parsed = z.safeParse(userRefWire, raw);
  if (!parsed.success) return null;
  const { id, name, email, zuid } = parsed.data;
  return { id, name: name ?? '', ...(email ? { email } : {}), ...(zuid ? { zuid } : {}) };
};

export const toCandidate = (module: string, record: RecordWire): CandidateRecord => {
  const { id, Owner, Modified_Time, $converted, ...rest } = record;
  return {
    module,
    id,
    values: toValues(rest),
    owner: toUserRef(Owner),
    modifiedTime: typeof Modified_Time === 'string' ? Modified_Time : null,
    converted: $converted === true,
  };
};

export const toFieldInfo = (f: z.infer<typeof fieldWire>): FieldInfo => ({
  apiName: f.api_name,
  label: f.field_label ?? f.display_label ?? f.api_name,
  dataType: f.data_type,
  unique: f.unique != null && Object.keys(f.unique).length > 0,
  readOnly: f.read_only ?? false,
});

export const toModuleInfo = (m: z.infer<typeof moduleWire> & { api_name: string }): ModuleInfo => ({
  apiName: m.api_name,
  singularLabel: m.singular_label ?? m.api_name,
  pluralLabel: m.plural_label ?? m.api_name,
  id: m.id,
  tabName: tabNameOf(m.api_name, m.generated_type ?? 'default', m.module_name ?? null),
  generatedType: m.generated_type ?? 'default',
});

export const toPreference = (p: z.infer<typeof duplicateCheckPreferenceWire>): DuplicateCheckPreference => {
  const configs = p.type_configurations ?? [];
  return {
    type: p.type,
    mappedModule: configs.find((c) => c.mapped_module)?.mapped_module?.api_name ?? null,
    fieldMappings: configs.flatMap((c) =>
      (c.field_mappings ?? []).map((m) => ({
        currentField: m.current_field.api_name,
        mappedField: m.mapped_field.api_name,
      })),
    ),
  };
};

export const toCurrentUser = (u: z.infer<typeof userWire>): CurrentUser => ({
  id: u.id,
  name: u.full_name ?? [u.first_name, u.last_name].filter(Boolean).join(' '),
  ...(u.email ? { email: u.email } : {}),
  ...(u.zuid ? { zuid: u.zuid } : {}),
  profile: u.profile?.name ?? null,
  role: u.role?.name ?? null,
});

export const toOrgInfo = (o: z.infer<typeof orgWire>, dataCentre: string): OrgInfo => ({
  id: o.id,
  companyName: o.company_name ?? '',
  zgid: String(o.zgid),
  domainName: o.domain_name ?? null,
  dataCentre,
});
