/** What a seed generator produces and the store loads. Field values are Zoho API values (api_name keys). */

export type SeedUser = {
  readonly id: string;
  readonly zuid: string;
  readonly name: string;
  readonly email: string;
  /** Fixed OAuth token the sandbox accepts for this user (Authorization: Zoho-oauthtoken <token>). */
  readonly token: string;
  /** The id of the user's profile (metadata/profiles.ts), as users.json's `profile.id` gives it. */
  readonly profileId: string;
  readonly role: 'CEO' | 'Manager' | 'Sales Rep';
  /** A profile that sees only the records this user owns. */
  readonly seesOnlyOwn: boolean;
};

export type SeedRecord = {
  readonly module: string;
  readonly id: string;
  readonly ownerId: string;
  readonly createdTime: string;
  readonly modifiedTime: string;
  readonly values: Readonly<Record<string, unknown>>;
  /** Leads only: converted to the Contact with this id (and Account, when given). */
  readonly converted?: { readonly contactId: string; readonly accountId: string | null };
};

export type PlantedKind =
  | 'email_case'
  | 'phone_format'
  | 'nickname'
  | 'typo'
  | 'swapped_names'
  | 'company_suffix'
  | 'converted_lead_contact';

/** A near-duplicate planted on purpose: `duplicate` was made from `original`. */
export type PlantedPair = {
  readonly kind: PlantedKind;
  readonly original: { readonly module: string; readonly id: string };
  readonly duplicate: { readonly module: string; readonly id: string };
};

export type SeedData = {
  /** The seed number the data was generated from. */
  readonly seed?: number;
  readonly users: readonly SeedUser[];
  readonly records: readonly SeedRecord[];
  /** Fields an admin marked "Do not allow duplicate values". */
  readonly uniqueFields: readonly { readonly module: string; readonly field: string }[];
  readonly manifest: readonly PlantedPair[];
};
