/** Plain-data shapes shared by the duplicate engine and its callers. No Zoho wire formats here. */

export type LookupValue = { readonly id: string; readonly name?: string | null };
export type FieldValue = string | number | boolean | null | readonly string[] | LookupValue;
export type Values = Readonly<Record<string, FieldValue>>;

export type UserRef = {
  readonly id: string;
  readonly name: string;
  readonly email?: string;
  readonly zuid?: string;
};

/** A field as the engine needs it, translated from Zoho's field metadata by src/zoho. */
export type FieldInfo = {
  readonly apiName: string;
  readonly label: string;
  /** Zoho's data_type: text, email, phone, integer, bigint, website, picklist, multiselectpicklist, ... */
  readonly dataType: string;
  /** "Do not allow duplicate values" is ticked (Zoho writes `unique: {case_sensitive: false}`). */
  readonly unique: boolean;
  readonly readOnly: boolean;
};

/** A record that might be a duplicate, as found in the CRM. */
export type CandidateRecord = {
  readonly module: string;
  readonly id: string;
  readonly values: Values;
  readonly owner: UserRef | null;
  /** Zoho's Modified_Time, e.g. 2025-02-08T09:43:08-08:00; the guard for If-Unmodified-Since. */
  readonly modifiedTime: string | null;
  /** A converted Lead (found only with converted=true|both). */
  readonly converted: boolean;
};

/** One search condition; a search ORs its criteria. Escaping is src/zoho's job. */
export type Criterion = {
  readonly field: string;
  readonly op: 'equals' | 'starts_with';
  readonly value: string;
};

/** Leads duplicate check preference (Zoho: settings/duplicate_check_preference). */
export type DuplicateCheckPreference = {
  readonly type: 'converted_records' | 'mapped_module_records';
  readonly mappedModule: string | null;
  readonly fieldMappings: readonly { readonly currentField: string; readonly mappedField: string }[];
};

/** One clash from a DUPLICATE_DATA error: which field, and which existing record it points at. */
export type DuplicateClash = {
  readonly field: string;
  readonly jsonPath: string | null;
  readonly record: {
    readonly id: string;
    readonly module: string;
    readonly moduleId: string | null;
    readonly owner: UserRef | null;
  };
  readonly moreRecords: boolean;
};

/** How a field's values are compared: each kind has its own normal form and comparison levels. */
export type MatchKind =
  | 'email'
  | 'phone'
  | 'first_name'
  | 'last_name'
  | 'full_name'
  | 'company'
  | 'street'
  | 'city'
  | 'postcode'
  | 'website'
  | 'exact'
  | 'text'
  | 'date';

/** Which search condition finds candidates for a field: exact value, its name prefix, or none (too loose). */
export type BlockingKind = 'equals' | 'prefix' | 'none';

/** How close two values of one field are, strongest first (a missing value on either side adds nothing). */
export type Level = 'exact' | 'equal' | 'close' | 'partial' | 'differ';

/** Fellegi–Sunter evidence per comparison level: log2(m/u), positive for agreement. */
export type LevelWeights = Readonly<Record<Level, number>>;

export type MatchField = {
  readonly field: string;
  readonly kind: MatchKind;
  readonly weights: LevelWeights;
  readonly blocking: BlockingKind;
  /** Characters a `prefix` search key keeps (default 3): longer keys crowd fewer true matches out of a page. */
  readonly prefixLength?: number;
};

/** Admin-set score cut-offs in 0..1; `likely` >= `possible`. */
export type Thresholds = { readonly likely: number; readonly possible: number };

export type MatchHow =
  | 'exact'
  | 'case'
  | 'format'
  | 'nickname'
  | 'typo'
  | 'phonetic'
  | 'swapped'
  | 'crossed'
  | 'dayMonth'
  | 'suffix'
  | 'initial'
  | 'spelling'
  | 'alias'
  | 'address'
  | 'domain'
  | 'order'
  | 'acronym'
  | 'part'
  | 'words'
  | 'word'
  | 'role'
  | 'area';

export type FieldMatch = {
  readonly field: string;
  /** The candidate's field that matched (differs from `field` for swapped names). */
  readonly candidateField: string;
  readonly how: MatchHow;
  /** Similarity in 0..1. */
  readonly similarity: number;
};

/** A field both records hold that does not agree: `field` as typed, `candidateField` its name in the candidate's
 * module (Company typed, Account_Name on a Contact). */
export type FieldDiff = { readonly field: string; readonly candidateField: string };

export type MatchClass = 'blocking' | 'likely' | 'possible';

export type Match = {
  readonly candidate: CandidateRecord;
  readonly classification: MatchClass;
  /** 0..1, higher is more certain. */
  readonly score: number;
  readonly fields: readonly FieldMatch[];
  /** Unique fields whose value Zoho will see as equal (a save is refused, or an upsert updates this record). */
  readonly blockingFields: readonly string[];
  /** Compared fields that disagree (what keeps a possible duplicate from being a likely one); absent when unknown. */
  readonly differing?: readonly FieldDiff[];
};
