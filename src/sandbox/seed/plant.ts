import {
  accountDraft,
  contactDraft,
  domainOf,
  freshCompanyName,
  freshPerson,
  leadDraft,
  randomPhone,
  slug,
} from './base-records';
import type { Draft, SeedBuilder } from './seed-builder';
import type { PlantedKind, PlantedPair } from './types';
import { companySuffixPair, formatPhone, NICKNAMES, PHONE_STYLES, recaseEmail, typo } from './variants';

type Add = (draft: Draft) => Draft;
type Ctx = { readonly b: SeedBuilder; readonly add: Add; readonly accounts: readonly Draft[] };

const pair = (kind: PlantedKind, original: Draft, duplicate: Draft): PlantedPair => ({
  kind,
  original: { module: original.module, id: original.id },
  duplicate: { module: duplicate.module, id: duplicate.id },
});

const str = (d: Draft, field: string): string => String(d.values[field] ?? '');

/** A Lead whose email follows from the given names, as most real addresses do. */
const namedLead = (
  c: Ctx,
  first: string,
  last: string,
  extra: Record<string, unknown> = {},
  after?: number,
) => {
  const company = typeof extra.Company === 'string' ? extra.Company : c.b.faker.company.name();
  const email = c.b.freshEmail(`${slug(first)}.${slug(last)}`, domainOf(company));
  return leadDraft(
    c.b,
    { First_Name: first, Last_Name: last, Email: email, Company: company, ...extra },
    after,
  );
};

const plants: Readonly<Record<PlantedKind, (c: Ctx, i: number) => PlantedPair>> = {
  phone_format: (c, i) => {
    const digits = c.b.freshPhoneDigits();
    const [a, z] = [
      PHONE_STYLES[i % PHONE_STYLES.length],
      PHONE_STYLES[(i + 1 + (i % 3)) % PHONE_STYLES.length],
    ];
    const o = c.add(leadDraft(c.b, { Phone: formatPhone(digits, a ?? 'digits') }));
    const email = c.b.freshEmail(
      `${slug(str(o, 'First_Name'))}${slug(str(o, 'Last_Name')).slice(0, 1)}${80 + i}`,
      'gmail.com',
    );
    const names = {
      First_Name: str(o, 'First_Name'),
      Last_Name: str(o, 'Last_Name'),
      Company: str(o, 'Company'),
    };
    const d = c.add(
      leadDraft(c.b, { ...names, Email: email, Phone: formatPhone(digits, z ?? 'parens') }, o.createdMs),
    );
    return pair('phone_format', o, d);
  },
  nickname: (c, i) => {
    const [formal, nick] = NICKNAMES[i % NICKNAMES.length] ?? ['Robert', 'Bob'];
    const company = c.b.faker.company.name();
    const [, last] = freshPerson(c.b, company, formal);
    const o = c.add(namedLead(c, formal, last, { Company: company }));
    const extra = { Company: str(o, 'Company'), Phone: null, Mobile: str(o, 'Phone'), City: str(o, 'City') };
    return pair('nickname', o, c.add(namedLead(c, nick, last, extra, o.createdMs)));
  },
  typo: (c, i) => {
    const company = c.b.faker.company.name();
    const [first, last] = freshPerson(c.b, company);
    const o = c.add(namedLead(c, first, last, { Company: company }));
    const extra = { Company: str(o, 'Company'), Phone: null, City: str(o, 'City') };
    return pair('typo', o, c.add(namedLead(c, first, typo(last, i), extra, o.createdMs)));
  },
  swapped_names: (c) => {
    const company = c.b.faker.company.name();
    const o = c.add(namedLead(c, ...freshPerson(c.b, company), { Company: company }));
    const extra = { Company: str(o, 'Company'), Phone: null, Mobile: randomPhone(c.b) };
    return pair(
      'swapped_names',
      o,
      c.add(namedLead(c, str(o, 'Last_Name'), str(o, 'First_Name'), extra, o.createdMs)),
    );
  },
  email_case: (c, i) => {
    const account = c.b.faker.helpers.arrayElement(c.accounts);
    const o = c.add(contactDraft(c.b, account));
    const values = {
      First_Name: str(o, 'First_Name'),
      Last_Name: str(o, 'Last_Name'),
      Email: recaseEmail(str(o, 'Email'), i),
      Phone: str(o, 'Phone'),
      Company: str(account, 'Account_Name'),
    };
    return pair('email_case', o, c.add(leadDraft(c.b, values, o.createdMs)));
  },
  company_suffix: (c, i) => {
    const stem = () =>
      `${c.b.faker.person.lastName()} ${c.b.faker.helpers.arrayElement(['Solutions', 'Logistics', 'Systems', 'Foods', 'Partners', 'Labs', 'Works', 'Consulting'])}`;
    const names = { a: '', z: '' };
    freshCompanyName(c.b, () => {
      [names.a, names.z] = companySuffixPair(stem(), c.b.faker.person.lastName(), i);
      return names.a;
    });
    const o = c.add(accountDraft(c.b, names.a));
    // The same company entered twice: its website and its site's address kept, a phone and legal form of its own.
    const copy = accountDraft(c.b, names.z, o.createdMs, str(o, 'Website'));
    for (const field of ['Billing_Street', 'Billing_City', 'Billing_State', 'Billing_Code'])
      copy.values[field] = o.values[field];
    return pair('company_suffix', o, c.add(copy));
  },
  converted_lead_contact: (c) => {
    const account = c.b.faker.helpers.arrayElement(c.accounts);
    const lead = leadDraft(c.b, { Company: str(account, 'Account_Name') });
    const same = ['First_Name', 'Last_Name', 'Email', 'Phone', 'Mobile', 'Lead_Source'];
    const copied = Object.fromEntries(same.map((f) => [f, lead.values[f] ?? null]));
    const contact = c.add(contactDraft(c.b, account, copied, lead.createdMs));
    const converted = c.add({ ...lead, converted: { contactId: contact.id, accountId: account.id } });
    return pair('converted_lead_contact', converted, contact);
  },
};

export const PLANTED_KINDS = Object.keys(plants) as readonly PlantedKind[];

/** Records each kind adds per pair, so the random fill can top the counts up exactly. */
export const PLANT_COST: Readonly<Record<PlantedKind, Readonly<Record<string, number>>>> = {
  phone_format: { Leads: 2 },
  nickname: { Leads: 2 },
  typo: { Leads: 2 },
  swapped_names: { Leads: 2 },
  email_case: { Leads: 1, Contacts: 1 },
  company_suffix: { Accounts: 2 },
  converted_lead_contact: { Leads: 1, Contacts: 1 },
};

export const plantAll = (c: Ctx, pairsPerKind: number): PlantedPair[] =>
  PLANTED_KINDS.flatMap((kind) => Array.from({ length: pairsPerKind }, (_, i) => plants[kind](c, i)));
