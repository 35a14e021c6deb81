import type { FieldDef } from './field-def';

export type ModuleDef = {
  readonly apiName: string;
  readonly id: string;
  readonly singular: string;
  readonly plural: string;
  /** CRM tab in record links: Deals is Potentials, custom modules CustomModuleN. */
  readonly tabName: string;
  readonly generatedType: 'default' | 'custom';
  /** The system-defined duplicate check field upsert matches on. */
  readonly systemField: string;
  readonly fields: readonly FieldDef[];
};

let seq = 0;
const fid = (base: number): string => `4876000000000${String(base + seq++).padStart(6, '0')}`;

const f = (
  apiName: string,
  label: string,
  dataType: string,
  extra: Omit<FieldDef, 'apiName' | 'label' | 'dataType' | 'id'> = {},
): FieldDef => ({ apiName, label, dataType, id: fid(2600), length: extra.length ?? 255, ...extra });

const text = (apiName: string, label: string, extra: Partial<FieldDef> = {}) =>
  f(apiName, label, 'text', extra);
const bookkeeping = (): FieldDef[] => [
  f('Owner', 'Lead Owner', 'ownerlookup', { lookup: 'users' }),
  f('Created_By', 'Created By', 'ownerlookup', { readOnly: true, lookup: 'users' }),
  f('Modified_By', 'Modified By', 'ownerlookup', { readOnly: true, lookup: 'users' }),
  f('Created_Time', 'Created Time', 'datetime', { readOnly: true }),
  f('Modified_Time', 'Modified Time', 'datetime', { readOnly: true }),
];
/** Deal Stage picklist values, in pipeline order. */
export const DEAL_STAGES = [
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
];
/** Lead Source picklist values, '-None-' first as Zoho lists it. */
export const LEAD_SOURCES = [
  '-None-',
  'Advertisement',
  'Cold Call',
  'Employee Referral',
  'External Referral',
  'Partner',
  'Trade Show',
  'Web Download',
  'Chat',
];
const person = (): FieldDef[] => [
  text('First_Name', 'First Name', { length: 40 }),
  text('Last_Name', 'Last Name', { length: 80, mandatory: true }),
  text('Full_Name', 'Full Name', { readOnly: true }),
  f('Email', 'Email', 'email', { length: 100 }),
  f('Secondary_Email', 'Secondary Email', 'email', { length: 100 }),
  f('Phone', 'Phone', 'phone', { length: 30 }),
  f('Mobile', 'Mobile', 'phone', { length: 30 }),
  f('Lead_Source', 'Lead Source', 'picklist', { picklist: LEAD_SOURCES }),
  f('Description', 'Description', 'textarea', { length: 32000 }),
];

export const MODULES: readonly ModuleDef[] = [
  {
    apiName: 'Leads',
    id: '4876000000000002175',
    singular: 'Lead',
    plural: 'Leads',
    tabName: 'Leads',
    generatedType: 'default',
    systemField: 'Email',
    fields: [
      ...bookkeeping(),
      ...person(),
      text('Company', 'Company', { length: 200 }),
      text('Designation', 'Title', { length: 100 }),
      f('Website', 'Website', 'website'),
      f('Fax', 'Fax', 'phone', { length: 30 }),
      f('Lead_Status', 'Lead Status', 'picklist', {
        picklist: [
          '-None-',
          'Attempted to Contact',
          'Contact in Future',
          'Contacted',
          'Junk Lead',
          'Lost Lead',
          'Not Contacted',
          'Pre-Qualified',
          'Not Qualified',
        ],
      }),
      f('Industry', 'Industry', 'picklist', {
        picklist: ['-None-', 'Technology', 'Manufacturing', 'Retail', 'Healthcare', 'Finance', 'Logistics'],
      }),
      f('No_of_Employees', 'No. of Employees', 'integer', { length: 9 }),
      text('Street', 'Street', { length: 250 }),
      text('City', 'City', { length: 100 }),
      text('State', 'State', { length: 100 }),
      text('Zip_Code', 'Zip Code', { length: 30 }),
      text('Country', 'Country', { length: 100 }),
      f('Product_Interest', 'Product Interest', 'multiselectpicklist', {
        custom: true,
        picklist: ['CRM', 'Desk', 'Books', 'Campaigns', 'Analytics'],
      }),
    ],
  },
  {
    apiName: 'Contacts',
    id: '4876000000000002179',
    singular: 'Contact',
    plural: 'Contacts',
    tabName: 'Contacts',
    generatedType: 'default',
    systemField: 'Email',
    fields: [
      ...bookkeeping(),
      ...person(),
      f('Account_Name', 'Account Name', 'lookup', { lookup: 'Accounts' }),
      text('Title', 'Title', { length: 100 }),
      text('Department', 'Department', { length: 30 }),
      f('Date_of_Birth', 'Date of Birth', 'date'),
      text('Mailing_Street', 'Mailing Street', { length: 250 }),
      text('Mailing_City', 'Mailing City', { length: 100 }),
      text('Mailing_State', 'Mailing State', { length: 100 }),
      text('Mailing_Zip', 'Mailing Zip', { length: 30 }),
      text('Mailing_Country', 'Mailing Country', { length: 100 }),
    ],
  },
  {
    apiName: 'Accounts',
    id: '4876000000000002177',
    singular: 'Account',
    plural: 'Accounts',
    tabName: 'Accounts',
    generatedType: 'default',
    systemField: 'Account_Name',
    fields: [
      ...bookkeeping(),
      text('Account_Name', 'Account Name', { length: 200, mandatory: true }),
      f('Website', 'Website', 'website'),
      f('Phone', 'Phone', 'phone', { length: 30 }),
      f('Fax', 'Fax', 'phone', { length: 30 }),
      f('Industry', 'Industry', 'picklist', {
        picklist: ['-None-', 'Technology', 'Manufacturing', 'Retail', 'Healthcare', 'Finance', 'Logistics'],
      }),
      f('Account_Type', 'Account Type', 'picklist', {
        picklist: ['-None-', 'Customer', 'Partner', 'Prospect', 'Vendor'],
      }),
      f('Employees', 'Employees', 'integer', { length: 9 }),
      text('Billing_Street', 'Billing Street', { length: 250 }),
      text('Billing_City', 'Billing City', { length: 100 }),
      text('Billing_State', 'Billing State', { length: 100 }),
      text('Billing_Code', 'Billing Code', { length: 30 }),
      text('Billing_Country', 'Billing Country', { length: 100 }),
      f('Description', 'Description', 'textarea', { length: 32000 }),
    ],
  },
  {
    apiName: 'Deals',
    id: '4876000000000002181',
    singular: 'Deal',
    plural: 'Deals',
    tabName: 'Potentials',
    generatedType: 'default',
    systemField: 'Deal_Name',
    fields: [
      ...bookkeeping(),
      text('Deal_Name', 'Deal Name', { length: 120, mandatory: true }),
      f('Account_Name', 'Account Name', 'lookup', { lookup: 'Accounts' }),
      f('Contact_Name', 'Contact Name', 'lookup', { lookup: 'Contacts' }),
      f('Amount', 'Amount', 'currency', { length: 16 }),
      f('Closing_Date', 'Closing Date', 'date'),
      f('Stage', 'Stage', 'picklist', { picklist: DEAL_STAGES }),
      f('Lead_Source', 'Lead Source', 'picklist', { picklist: LEAD_SOURCES }),
      f('Description', 'Description', 'textarea', { length: 32000 }),
    ],
  },
  {
    apiName: 'Partners',
    id: '4876000000000310001',
    singular: 'Partner',
    plural: 'Partners',
    tabName: 'CustomModule1',
    generatedType: 'custom',
    systemField: 'Name',
    fields: [
      ...bookkeeping(),
      text('Name', 'Partner Name', { length: 120, mandatory: true }),
      f('Email', 'Email', 'email', { length: 100 }),
      f('Phone', 'Phone', 'phone', { length: 30 }),
      f('Website', 'Website', 'website'),
      f('Description', 'Description', 'textarea', { length: 32000 }),
    ],
  },
];

const BY_NAME = new Map(MODULES.map((m) => [m.apiName.toLowerCase(), m]));

/** Zoho accepts module api names case-insensitively in URLs. */
export const findModule = (name: string): ModuleDef | undefined => BY_NAME.get(name.toLowerCase());
