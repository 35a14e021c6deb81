import { DEAL_STAGES, LEAD_SOURCES } from '../metadata/modules';
import { companyKey, personKey } from './distinct';
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

/** A name no earlier record at this company has: faker repeats names, and a repeat would be an unplanted pair. */
export const freshPerson = (b: SeedBuilder, company: string, first?: string): [string, string] => {
  for (;;) {
    const name: [string, string] = [first ?? b.faker.person.firstName(), b.faker.person.lastName()];
    if (!b.taken('person', personKey(...name, company))) return name;
  }
};

/** A company name whose key (legal form and "and" aside) no earlier Account has. */
export const freshCompanyName = (b: SeedBuilder, make = () => b.faker.company.name()): string => {
  for (;;) {
    const name = make();
    if (!b.taken('company', companyKey(name))) return name;
  }
};

/** The company's own domain, or a longer one when another company already has it. */
const freshWebsite = (b: SeedBuilder, name: string): string => {
  const stems = [domainOf(name), `${slug(name)}.com`];
  const free = stems.find((d) => !b.taken('website', d));
  if (free) return `https://www.${free}`;
  for (let n = 2; ; n++)
    if (!b.taken('website', `${slug(name)}${n}.com`)) return `https://www.${slug(name)}${n}.com`;
};

export const personValues = (b: SeedBuilder, company: string, mailDomain = domainOf(company)): Values => {
  const f = b.faker;
  const [first, last] = freshPerson(b, company);
  const domain = f.datatype.boolean(0.3) ? f.helpers.arrayElement(FREE_MAIL) : mailDomain;
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
      ...personValues(
        b,
        name,
        String(account.values.Website ?? '').replace(/^https:\/\/www\./, '') || undefined,
      ),
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

/** `website` is given only for a planted duplicate, which shares its original's. */
export const accountDraft = (b: SeedBuilder, name: string, after?: number, website?: string): Draft => {
  const f = b.faker;
  return newDraft(
    b,
    'Accounts',
    {
      Account_Name: name,
      Phone: randomPhone(b),
      Website: website ?? freshWebsite(b, name),
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
      Stage: f.helpers.arrayElement(DEAL_STAGES),
      Amount: f.number.int({ min: 10, max: 2000 }) * 100,
      Account_Name: { id: account.id, name },
      Closing_Date: '',
    },
    account.createdMs,
  );
  draft.values.Closing_Date = draft.modifiedTime.slice(0, 10);
  return draft;
};
