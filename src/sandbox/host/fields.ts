import type { Module } from './routes';

/** The create/edit form of each module the host page plays: Zoho API names and their labels. */
export type FormField = {
  readonly apiName: string;
  readonly label: string;
  readonly type: 'text' | 'email' | 'tel' | 'url';
  readonly required?: boolean;
};

// Zoho labels a Lead's Designation "Title"; a Contact's Title is Title (sandbox metadata, as in Zoho's field lists).
const person = (
  company: readonly FormField[],
  title: string,
  address: readonly FormField[],
): readonly FormField[] => [
  { apiName: 'First_Name', label: 'First Name', type: 'text' },
  { apiName: 'Last_Name', label: 'Last Name', type: 'text', required: true },
  ...company,
  { apiName: 'Email', label: 'Email', type: 'email' },
  { apiName: 'Secondary_Email', label: 'Secondary Email', type: 'email' },
  { apiName: 'Phone', label: 'Phone', type: 'tel' },
  { apiName: 'Mobile', label: 'Mobile', type: 'tel' },
  { apiName: title, label: 'Title', type: 'text' },
  ...address,
];

// An address as Zoho labels it (sandbox metadata): three text fields, API name and label each.
const address = (...fields: readonly (readonly [string, string])[]): readonly FormField[] =>
  fields.map(([apiName, label]) => ({ apiName, label, type: 'text' }));

/** Modules with a create/edit page that runs the Client Script; Deals is shown and merged, not typed in. */
export const FORMS: Readonly<Partial<Record<Module, readonly FormField[]>>> = {
  Leads: person(
    [
      { apiName: 'Company', label: 'Company', type: 'text', required: true },
      { apiName: 'Website', label: 'Website', type: 'url' },
    ],
    'Designation',
    address(['Street', 'Street'], ['City', 'City'], ['Zip_Code', 'Zip Code']),
  ),
  Contacts: person(
    [],
    'Title',
    address(
      ['Mailing_Street', 'Mailing Street'],
      ['Mailing_City', 'Mailing City'],
      ['Mailing_Zip', 'Mailing Zip'],
    ),
  ),
  Accounts: [
    { apiName: 'Account_Name', label: 'Account Name', type: 'text', required: true },
    { apiName: 'Website', label: 'Website', type: 'url' },
    { apiName: 'Phone', label: 'Phone', type: 'tel' },
    ...address(
      ['Billing_Street', 'Billing Street'],
      ['Billing_City', 'Billing City'],
      ['Billing_Code', 'Billing Code'],
    ),
    { apiName: 'Billing_Country', label: 'Billing Country', type: 'text' },
  ],
};

/** What a module's list view and detail page show of a record. */
export const COLUMNS: Readonly<
  Record<Module, readonly { readonly apiName: string; readonly label: string }[]>
> = {
  Leads: [
    { apiName: 'Full_Name', label: 'Name' },
    { apiName: 'Company', label: 'Company' },
    { apiName: 'Email', label: 'Email' },
    { apiName: 'Phone', label: 'Phone' },
    { apiName: 'Owner', label: 'Owner' },
  ],
  Contacts: [
    { apiName: 'Full_Name', label: 'Name' },
    { apiName: 'Account_Name', label: 'Account' },
    { apiName: 'Email', label: 'Email' },
    { apiName: 'Phone', label: 'Phone' },
    { apiName: 'Owner', label: 'Owner' },
  ],
  Accounts: [
    { apiName: 'Account_Name', label: 'Account Name' },
    { apiName: 'Website', label: 'Website' },
    { apiName: 'Phone', label: 'Phone' },
    { apiName: 'Billing_City', label: 'City' },
    { apiName: 'Owner', label: 'Owner' },
  ],
  Deals: [
    { apiName: 'Deal_Name', label: 'Deal Name' },
    { apiName: 'Account_Name', label: 'Account' },
    { apiName: 'Stage', label: 'Stage' },
    { apiName: 'Amount', label: 'Amount' },
    { apiName: 'Owner', label: 'Owner' },
  ],
};

const SINGULAR: Readonly<Record<Module, string>> = {
  Leads: 'Lead',
  Contacts: 'Contact',
  Accounts: 'Account',
  Deals: 'Deal',
};

export const singular = (module: Module): string => SINGULAR[module];

/** A field value as text: lookups and owners are `{name, id}` objects in Zoho's answers. */
export const asText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object')
    return 'name' in value ? String((value as { name: unknown }).name ?? '') : '';
  return String(value);
};

/** The name a record goes by: Full_Name is computed by Zoho, so a record written a moment ago may lack it. */
export const recordTitle = (module: Module, record: Readonly<Record<string, unknown>>): string => {
  if (module === 'Accounts') return asText(record.Account_Name);
  if (module === 'Deals') return asText(record.Deal_Name);
  const full = asText(record.Full_Name);
  return full || [asText(record.First_Name), asText(record.Last_Name)].filter(Boolean).join(' ');
};
