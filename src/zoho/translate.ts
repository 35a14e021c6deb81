import * as z from 'zod/mini';
import type {
  CandidateRecord,
  DuplicateCheckPreference,
  FieldInfo,
  FieldValue,
  UserRef,
  Values,
} from '../dedupe/types';
import type { OrgInfo } from './crm-client';
import { optText, userRefWire } from './schemas/common';
import type { duplicateCheckPreferenceWire } from './schemas/duplicate-check-preference';
import type { fieldWire } from './schemas/fields';
import type { orgWire } from './schemas/org';
import type { RecordWire } from './schemas/records';

/** A lookup value `{id, name}`. */
const lookupWire = z.looseObject({ id: z.string(), name: optText });

const toFieldValue = (raw: unknown): FieldValue | undefined => {
  if (raw === null || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (Array.isArray(raw)) return raw.every((v) => typeof v === 'string') ? (raw as string[]) : undefined;
  const lookup = z.safeParse(lookupWire, raw);
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

/** `license_details`' edition and user licenses; a key that is missing or of another type reads as unknown. */
const licenseOf = (details: unknown): { edition: string | null; userLicenses: number | null } => {
  const d = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
  const paid = typeof d.paid_type === 'string' ? d.paid_type.trim().toLowerCase() : '';
  const users = d.users_license_purchased;
  return {
    edition: paid || null,
    userLicenses: typeof users === 'number' && Number.isInteger(users) && users > 0 ? users : null,
  };
};

export const toOrgInfo = (o: z.infer<typeof orgWire>, dataCentre: string): OrgInfo => ({
  id: o.id,
  companyName: o.company_name ?? '',
  zgid: String(o.zgid),
  domainName: o.domain_name ?? null,
  dataCentre,
  ...licenseOf(o.license_details),
});
