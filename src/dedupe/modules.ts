/** A field that means the same thing in every module that has it, under each module's own API name. */
export type SharedField = 'company' | 'street' | 'city' | 'postcode';

/** What the product knows about one Zoho module it works in. Pure data: everything per-module reads this. */
export type ModuleFacts = {
  /** Zoho's system-defined duplicate check field (Kaizen #56): upsert's last resort, unique on save. */
  readonly systemField: string;
  /** What a record stands for: a person's company field names their employer, an organisation's its own name. */
  readonly party?: 'person' | 'organisation';
  /** The fields that name a record, in the order they are shown. */
  readonly nameFields: readonly string[];
  /** The CRM web tab in record links (crm.zoho.com/crm/orgN/tab/<tab>/<id>): Deals is still Potentials. */
  readonly tab: string;
  /** The Client Script runs on this module's create, clone and edit pages (and the import checks it). */
  readonly forms: boolean;
  /** Fields whose change on a create or edit page checks again: the duplicate-check fields and what matching reads. */
  readonly watched: readonly string[];
  /** The module's names for the fields other modules call differently (a Lead's Company is an Account_Name). */
  readonly shared: Readonly<Partial<Record<SharedField, string>>>;
  /**
   * Set on Leads alone: Zoho's duplicate check preference covers converted Leads and, when mapped, this module
   * (Zoho's preference maps Leads to Contacts; Get Duplicate Check Preference, API v8).
   */
  readonly conversion?: { readonly mappedModule: string };
};

// What a person's create and edit pages watch on Leads and Contacts alike: emails, phones and the two names.
const PERSON_WATCHED = ['Email', 'Secondary_Email', 'Phone', 'Mobile', 'First_Name', 'Last_Name'] as const;

export const MODULES = {
  Leads: {
    party: 'person',
    systemField: 'Email',
    nameFields: ['First_Name', 'Last_Name'],
    tab: 'Leads',
    forms: true,
    watched: [...PERSON_WATCHED, 'Company', 'Website', 'Street', 'City', 'Zip_Code'],
    shared: { company: 'Company', street: 'Street', city: 'City', postcode: 'Zip_Code' },
    conversion: { mappedModule: 'Contacts' },
  },
  Contacts: {
    party: 'person',
    systemField: 'Email',
    nameFields: ['First_Name', 'Last_Name'],
    tab: 'Contacts',
    forms: true,
    watched: [
      ...PERSON_WATCHED,
      'Account_Name',
      'Mailing_Street',
      'Mailing_City',
      'Mailing_Zip',
      'Date_of_Birth',
    ],
    shared: {
      company: 'Account_Name',
      street: 'Mailing_Street',
      city: 'Mailing_City',
      postcode: 'Mailing_Zip',
    },
  },
  Accounts: {
    party: 'organisation',
    systemField: 'Account_Name',
    nameFields: ['Account_Name'],
    tab: 'Accounts',
    forms: true,
    watched: ['Account_Name', 'Phone', 'Website', 'Billing_Street', 'Billing_City', 'Billing_Code'],
    shared: {
      company: 'Account_Name',
      street: 'Billing_Street',
      city: 'Billing_City',
      postcode: 'Billing_Code',
    },
  },
  Deals: {
    systemField: 'Deal_Name',
    nameFields: ['Deal_Name'],
    tab: 'Potentials',
    forms: false,
    watched: [],
    shared: {},
  },
} as const satisfies Readonly<Record<string, ModuleFacts>>;

export type ModuleName = keyof typeof MODULES;

/** The product's modules, in the order an admin sees them. */
export const MODULE_NAMES = Object.keys(MODULES) as readonly ModuleName[];

/** The facts of `module`, or null for a module the table does not know (a custom module). */
export const moduleFacts = (module: string): ModuleFacts | null =>
  Object.hasOwn(MODULES, module) ? MODULES[module as ModuleName] : null;

/** Modules whose create and edit pages the product checks (the Client Script serves them; import reads them). */
export const FORM_MODULES: readonly ModuleName[] = MODULE_NAMES.filter((m) => MODULES[m].forms);

/** Leads' conversion facts (converted records, the duplicate check preference); null for every other module. */
export const conversionOf = (module: string): ModuleFacts['conversion'] | null =>
  moduleFacts(module)?.conversion ?? null;

/** `field` of module `from` under the name module `to` gives the same thing (Company -> Account_Name). */
export const fieldIn = (from: string, to: string, field: string): string => {
  if (from === to) return field;
  const own = moduleFacts(from)?.shared ?? {};
  const role = (Object.keys(own) as SharedField[]).find((r) => own[r] === field);
  return (role && moduleFacts(to)?.shared[role]) || field;
};
