/** The create/edit form of each module the host page plays: Zoho API names and their labels. */
export type FormField = {
  readonly apiName: string;
  readonly label: string;
  readonly type: 'text' | 'email' | 'tel' | 'url';
  readonly required?: boolean;
};

// Zoho labels a Lead's Designation "Title"; a Contact's Title is Title (sandbox metadata, as in Zoho's field lists).
const person = (company: readonly FormField[], title: string): readonly FormField[] => [
  { apiName: 'First_Name', label: 'First Name', type: 'text' },
  { apiName: 'Last_Name', label: 'Last Name', type: 'text', required: true },
  ...company,
  { apiName: 'Email', label: 'Email', type: 'email' },
  { apiName: 'Secondary_Email', label: 'Secondary Email', type: 'email' },
  { apiName: 'Phone', label: 'Phone', type: 'tel' },
  { apiName: 'Mobile', label: 'Mobile', type: 'tel' },
  { apiName: title, label: 'Title', type: 'text' },
];

export const FORMS: Readonly<Record<string, readonly FormField[]>> = {
  Leads: person(
    [
      { apiName: 'Company', label: 'Company', type: 'text', required: true },
      { apiName: 'Website', label: 'Website', type: 'url' },
    ],
    'Designation',
  ),
  Contacts: person([], 'Title'),
};

export const MODULES = Object.keys(FORMS);

export const singular = (module: string): string => (module === 'Contacts' ? 'Contact' : 'Lead');
