import { MODULES } from '../dedupe/modules';
import type { DuplicateCheckPreference } from '../dedupe/types';
import type { MergeRequest, WriteOptions } from './crm-client';

/** Request bodies both adapters send: domain values back into Zoho's wire shapes. */
export const mergeBody = (r: MergeRequest) => ({
  merge: [
    {
      master_record_fields: r.masterFields.map((api_name) => ({ api_name })),
      data: r.children.map((c) => ({ id: c.id, _fields: c.fields.map((api_name) => ({ api_name })) })),
    },
  ],
});

export const writeHeaders = (opts: WriteOptions): Record<string, string> =>
  opts.ifUnmodifiedSince ? { 'If-Unmodified-Since': opts.ifUnmodifiedSince } : {};

export const fromPreference = (p: DuplicateCheckPreference) => ({
  duplicate_check_preference: {
    type: p.type,
    ...(p.type === 'mapped_module_records'
      ? {
          type_configurations: [
            {
              mapped_module: { api_name: p.mappedModule ?? MODULES.Leads.conversion.mappedModule },
              field_mappings: p.fieldMappings.map((m) => ({
                current_field: { api_name: m.currentField },
                mapped_field: { api_name: m.mappedField },
              })),
            },
          ],
        }
      : {}),
  },
});
