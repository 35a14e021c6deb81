/** A field of a module as the sandbox keeps it; Zoho's JSON for it is built by fieldJson. */
export type FieldDef = {
  readonly apiName: string;
  readonly label: string;
  /** Zoho's data_type: text, email, phone, integer, bigint, website, picklist, multiselectpicklist, ... */
  readonly dataType: string;
  readonly id: string;
  readonly length?: number;
  readonly mandatory?: boolean;
  readonly readOnly?: boolean;
  readonly custom?: boolean;
  readonly picklist?: readonly string[];
  /** Lookup target module. */
  readonly lookup?: string;
};

/** Zoho lets only these field types be marked "Do not allow duplicate values". */
export const UNIQUE_CAPABLE_TYPES: ReadonlySet<string> = new Set([
  'text',
  'email',
  'phone',
  'integer',
  'bigint',
  'website',
]);

export const canBeUnique = (field: FieldDef): boolean =>
  UNIQUE_CAPABLE_TYPES.has(field.dataType) && !field.readOnly;
