import { LEAD_SOURCES } from '../metadata/modules';
import type { Draft, SeedBuilder } from './seed-builder';
import { formatPhone, PHONE_STYLES } from './variants';

/** Fields an admin who cares about duplicates marked "Do not allow duplicate values". */
export const UNIQUE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Leads: ['Email', 'Phone'],
  Contacts: ['Email'],
  Accounts: [],
  Deals: [],
};

// Seeded Leads always name a source.
const SOURCES = LEAD_SOURCES.filter((source) => source !== '-None-');
const FREE_MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com'];
const STAGES = [
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
];

type Values = Record<string, unknown>;

export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase() || 'x';

export const domainOf = (company: string): string => `${slug(company.split(/[ ,&-]/)[0] ?? company)}.com`;

/** A realistic phone number that no other seed record shares, in a random everyday format. */
export const randomPhone = (b: SeedBuilder): string =>
  formatPhone(b.freshPhoneDigits(), b.faker.helpers.arrayElement(PHONE_STYLES));

const newDraft = (b: SeedBuilder, module: string, values: Values, after?: number): Draft => ({
  module,
  id: b.nextId(module),
  ownerId: b.owner(),
  ...b.times(after),
  values,
});

export const personValues = (b: SeedBuilder, company: string): Values => {
  const f = b.faker;
  const first = f.person.firstName();
  const last = f.person.lastName();
  const domain = f.datatype.boolean(0.3) ? f.helpers.arrayElement(FREE_MAIL) : domainOf(company);
  return {
    First_Name: first,
    Last_Name: last,
    Email: b.freshEmail(`${slug(first)}.${slug(last)}`, domain),
    Phone: randomPhone(b),
    Mobile: f.datatype.boolean(0.5) ? randomPhone(b) : null,
    Lead_Source: f.helpers.arrayElement(SOURCES),
    Description: f.datatype.boolean(0.3) ? f.company.catchPhrase() : null,
  };
};

export const leadDraft = (b: SeedBuilder, overrides: Values = {}, after?: number): Draft => {
  const f = b.faker;
  const company = typeof overrides.Company === 'string' ? overrides.Company : f.company.name();
  return newDraft(
    b,
    'Leads',
    {
      ...personValues(b, company),
      Company: company,
      Designation: f.person.jobTitle(),
      Street: f.location.streetAddress(),
      City: f.location.city(),
      State: f.location.state(),
      Zip_Code: f.location.zipCode(),
      Country: 'United States',
      Website: f.datatype.boolean(0.4) ? `https://www.${domainOf(company)}` : null,
      ...overrides,
    },
    after,
  );
};

export const contactDraft = (
  b: SeedBuilder,
  account: Draft,
  overrides: Values = {},
  after?: number,
): Draft => {
  const f = b.faker;
  const name = String(account.values.Account_Name);
  return newDraft(
    b,
    'Contacts',
    {
      ...personValues(b, name),
      Account_Name: { id: account.id, name },
      Title: f.person.jobTitle(),
      Mailing_Street: f.location.streetAddress(),
      Mailing_City: f.location.city(),
      Mailing_State: f.location.state(),
      Mailing_Zip: f.location.zipCode(),
      Mailing_Country: 'United States',
      ...overrides,
    },
    after,
  );
};

export const accountDraft = (b: SeedBuilder, name: string, after?: number): Draft => {
  const f = b.faker;
  return newDraft(
    b,
    'Accounts',
    {
      Account_Name: name,
      Phone: randomPhone(b),
      Website: `https://www.${domainOf(name)}`,
      Industry: f.helpers.arrayElement([
        'Technology',
        'Manufacturing',
        'Retail',
        'Healthcare',
        'Finance',
        'Logistics',
      ]),
      Billing_Street: f.location.streetAddress(),
      Billing_City: f.location.city(),
      Billing_State: f.location.state(),
      Billing_Code: f.location.zipCode(),
      Billing_Country: 'United States',
      Description: f.datatype.boolean(0.2) ? f.company.catchPhrase() : null,
    },
    after,
  );
};

export const dealDraft = (b: SeedBuilder, account: Draft): Draft => {
  const f = b.faker;
  const name = String(account.values.Account_Name);
  const draft = newDraft(
    b,
    'Deals',
    {
      Deal_Name: `${name} - ${f.commerce.productName()}`,
      Stage: f.helpers.arrayElement(STAGES),
      Amount: f.number.int({ min: 10, max: 2000 }) * 100,
      Account_Name: { id: account.id, name },
      Closing_Date: '',
    },
    account.createdMs,
  );
  draft.values.Closing_Date = draft.modifiedTime.slice(0, 10);
  return draft;
};
