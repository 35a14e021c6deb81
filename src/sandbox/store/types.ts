import type { SeedUser } from '../seed/types';

export type User = SeedUser;

/** A record as stored: field values by api name plus Zoho's bookkeeping. Times are epoch ms at second resolution. */
export type StoredRecord = {
  readonly id: string;
  readonly module: string;
  readonly ownerId: string;
  readonly createdBy: string;
  readonly modifiedBy: string;
  readonly createdMs: number;
  readonly modifiedMs: number;
  /** When the search index learnt of the record (wall-clock ms, for the index-lag option). */
  readonly indexedMs: number;
  /** Leads only: the Contact (and Account) it was converted to. */
  readonly converted: { readonly contactId: string; readonly accountId: string | null } | null;
  readonly values: Readonly<Record<string, unknown>>;
};

export type OrgVariable = {
  readonly id: string;
  readonly apiName: string;
  readonly name: string;
  readonly description: string | null;
  readonly type: string;
  readonly value: string | null;
};

/** Leads duplicate check preference as Zoho writes it (settings/duplicate_check_preference). */
export type StoredPreference = {
  readonly type: 'converted_records' | 'mapped_module_records';
  readonly type_configurations: readonly {
    readonly field_mappings: readonly {
      readonly current_field: { readonly api_name: string; readonly id: string; readonly name: string };
      readonly mapped_field: { readonly api_name: string; readonly id: string; readonly name: string };
    }[];
    readonly mapped_module: { readonly api_name: string; readonly id: string; readonly name: string };
  }[];
};
