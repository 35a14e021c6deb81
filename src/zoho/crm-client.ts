import type {
  CandidateRecord,
  Criterion,
  DuplicateCheckPreference,
  FieldInfo,
  UserRef,
  Values,
} from '../dedupe/types';
import type { CrmError, ZohoError } from './crm-error';
import type { Result } from './result';

export type Converted = 'true' | 'false' | 'both';

/** One search call: Zoho takes exactly one of criteria / email / phone / word (criteria wins). */
export type SearchQuery =
  | { readonly type: 'criteria'; readonly criteria: readonly Criterion[] }
  | { readonly type: 'email' | 'phone' | 'word'; readonly value: string };

export type CallOptions = { readonly signal?: AbortSignal; readonly timeoutMs?: number };

export type SearchOptions = CallOptions & {
  readonly converted?: Converted;
  readonly page?: number;
  readonly perPage?: number;
};

export type Page<T> = { readonly records: readonly T[]; readonly moreRecords: boolean };

export type WriteSuccess = {
  readonly action: 'insert' | 'update';
  /** Upsert only: the field that picked the updated record (null on insert). */
  readonly duplicateField: string | null;
  readonly id: string;
  readonly modifiedTime: string | null;
};
/** Per-record outcome of a write: Zoho answers each record of `data[]` on its own. */
export type RecordOutcome = Result<WriteSuccess, ZohoError>;

export type WriteOptions = CallOptions & {
  readonly trigger?: readonly string[];
  /** Zoho's If-Unmodified-Since guard: 412 ALREADY_MODIFIED when the record changed after it. */
  readonly ifUnmodifiedSince?: string;
};
export type UpsertOptions = WriteOptions & { readonly duplicateCheckFields?: readonly string[] };

export type MergeRequest = {
  /** Fields whose value comes from the master record. */
  readonly masterFields: readonly string[];
  /** Up to two children; each names the fields whose value it gives the merged record. */
  readonly children: readonly { readonly id: string; readonly fields: readonly string[] }[];
};
export type MergeOutcome =
  | { readonly status: 'merged'; readonly id: string }
  | { readonly status: 'scheduled'; readonly jobId: string };

export type ModuleInfo = {
  readonly apiName: string;
  readonly singularLabel: string;
  readonly pluralLabel: string;
  readonly id: string;
  /** CRM tab name used in record links (Deals -> Potentials, custom -> CustomModuleN). */
  readonly tabName: string;
  readonly generatedType: 'default' | 'custom' | string;
};

export type OrgInfo = {
  readonly id: string;
  readonly companyName: string;
  /** The zgid in record links: https://crm.zoho.{dc}/crm/org{zgid}/tab/... */
  readonly zgid: string;
  readonly domainName: string | null;
  /** Data centre suffix: com, eu, in, com.au, jp, ca, sa, com.cn. */
  readonly dataCentre: string;
  /** The paid edition as Zoho names it (`license_details.paid_type`, lower-cased); absent when Zoho does not say. */
  readonly edition?: string | null;
  /** User licenses the org bought (`license_details.users_license_purchased`); absent when Zoho does not say. */
  readonly userLicenses?: number | null;
};

export type CurrentUser = UserRef & {
  /** The profile's name ("Administrator", "Standard", or an org's own); a label, never a right. */
  readonly profile: string | null;
  /** The profile's id, which its permissions are read by; null when Zoho does not say. */
  readonly profileId?: string | null;
  readonly role: string | null;
  /** The language the user chose in Zoho ("de_DE"); null when Zoho does not say. */
  readonly language?: string | null;
};

/** One permission of a profile as Zoho names it (Get Profile's `permissions_details[]`). */
export type ProfilePermission = { readonly name: string; readonly enabled: boolean };

type Call<T> = Promise<Result<T, CrmError>>;

/** The one port the product talks to Zoho through. Adapters: REST (fetch) and SDK (window.ZOHO). */
export type CrmClient = {
  readonly getModules: (opts?: CallOptions) => Call<readonly ModuleInfo[]>;
  readonly getFields: (module: string, opts?: CallOptions) => Call<readonly FieldInfo[]>;
  /** null when the preference is off (Zoho answers 204). */
  readonly getDuplicateCheckPreference: (
    module: string,
    opts?: CallOptions,
  ) => Call<DuplicateCheckPreference | null>;
  readonly saveDuplicateCheckPreference: (
    module: string,
    preference: DuplicateCheckPreference,
    opts?: CallOptions,
  ) => Call<DuplicateCheckPreference>;
  readonly deleteDuplicateCheckPreference: (module: string, opts?: CallOptions) => Call<null>;
  readonly search: (module: string, query: SearchQuery, opts?: SearchOptions) => Call<Page<CandidateRecord>>;
  /** COQL reads the database directly (no search-index lag). */
  readonly coql: (selectQuery: string, opts?: CallOptions) => Call<Page<Values>>;
  readonly getRecord: (module: string, id: string, opts?: CallOptions) => Call<CandidateRecord>;
  readonly insert: (
    module: string,
    records: readonly Values[],
    opts?: WriteOptions,
  ) => Call<readonly RecordOutcome[]>;
  readonly update: (
    module: string,
    records: readonly Values[],
    opts?: WriteOptions,
  ) => Call<readonly RecordOutcome[]>;
  readonly upsert: (
    module: string,
    records: readonly Values[],
    opts?: UpsertOptions,
  ) => Call<readonly RecordOutcome[]>;
  /** Deletes one record (DELETE /crm/v8/{module}?ids={id}); an answer for any other id is an error. */
  readonly deleteRecord: (module: string, id: string, opts?: CallOptions) => Call<null>;
  readonly merge: (
    module: string,
    masterId: string,
    request: MergeRequest,
    opts?: CallOptions,
  ) => Call<MergeOutcome>;
  readonly getCurrentUser: (opts?: CallOptions) => Call<CurrentUser>;
  /** Every permission of one profile, on or off (GET /settings/profiles/{id}); an answer for another id is an error. */
  readonly getProfilePermissions: (
    profileId: string,
    opts?: CallOptions,
  ) => Call<readonly ProfilePermission[]>;
  readonly getOrg: (opts?: CallOptions) => Call<OrgInfo>;
  /** null when the variable does not exist. */
  readonly getOrgVariable: (name: string, opts?: CallOptions) => Call<string | null>;
  readonly setOrgVariable: (name: string, value: string, opts?: CallOptions) => Call<null>;
};
