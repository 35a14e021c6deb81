import { base, en, Faker } from '@faker-js/faker';
import {
  accountDraft,
  contactDraft,
  dealDraft,
  freshCompanyName,
  leadDraft,
  UNIQUE_FIELDS,
} from './base-records';
import { PLANT_COST, PLANTED_KINDS, plantAll } from './plant';
import { createSeedBuilder, type Draft } from './seed-builder';
import { SEED_USERS } from './seed-users';
import { DEMO_DUPLICATES, DEMO_LEAD, SPECIAL_RECORDS } from './special-records';
import type { PlantedPair, SeedData, SeedRecord } from './types';

export type SeedCounts = {
  readonly leads: number;
  readonly contacts: number;
  readonly accounts: number;
  readonly deals: number;
};

export type SeedOptions = {
  readonly seed: number;
  readonly counts?: Partial<SeedCounts>;
  /** Near-duplicate pairs planted of each kind. */
  readonly pairsPerKind?: number;
};

export const DEFAULT_COUNTS: SeedCounts = { leads: 2000, contacts: 1000, accounts: 500, deals: 300 };
export const DEFAULT_PAIRS_PER_KIND = 20;

const FIXED = { Leads: 4, Contacts: 1, Accounts: 1, Deals: 0 } as const;

const fillCount = (module: keyof typeof FIXED, total: number, pairs: number): number => {
  const planted = PLANTED_KINDS.reduce((sum, kind) => sum + (PLANT_COST[kind][module] ?? 0) * pairs, 0);
  const left = total - planted - FIXED[module];
  if (left < 0) {
    throw new RangeError(`${module}: ${total} is too few for ${pairs} planted pairs of each kind`);
  }
  return left;
};

const toRecord = ({ createdMs: _, ...draft }: Draft): SeedRecord => draft;

/** A realistic CRM with planted near-duplicates; the same seed number always gives the same data. */
export const generateSeed = (options: SeedOptions): SeedData => {
  const counts = { ...DEFAULT_COUNTS, ...options.counts };
  const pairs = options.pairsPerKind ?? DEFAULT_PAIRS_PER_KIND;
  const fill = {
    leads: fillCount('Leads', counts.leads, pairs),
    contacts: fillCount('Contacts', counts.contacts, pairs),
    accounts: fillCount('Accounts', counts.accounts, pairs),
  };
  const faker = new Faker({ locale: [en, base], seed: options.seed });
  const b = createSeedBuilder(faker);
  const add = (draft: Draft) => b.add(draft, UNIQUE_FIELDS[draft.module] ?? []);

  // Fixed records come first so their ids are the same in every seed.
  const demo = add({ ...leadDraft(b, { ...DEMO_LEAD.values }), ownerId: DEMO_LEAD.ownerId });
  const bob = add(leadDraft(b, { ...DEMO_DUPLICATES.nicknameLead.values, Mobile: null }, demo.createdMs));
  add(leadDraft(b, { ...SPECIAL_RECORDS.html.values, Phone: null }));
  add(leadDraft(b, { ...SPECIAL_RECORDS.specialChars.values }));
  const acme = add(accountDraft(b, DEMO_LEAD.values.Company));
  const demoContact = add(
    contactDraft(b, acme, { ...DEMO_DUPLICATES.emailCaseContact.values }, demo.createdMs),
  );
  const accounts = [
    acme,
    ...Array.from({ length: fill.accounts }, () => add(accountDraft(b, freshCompanyName(b)))),
  ];
  const manifest: PlantedPair[] = [
    {
      kind: 'nickname',
      original: { module: 'Leads', id: demo.id },
      duplicate: { module: 'Leads', id: bob.id },
    },
    {
      kind: 'email_case',
      original: { module: 'Leads', id: demo.id },
      duplicate: { module: 'Contacts', id: demoContact.id },
    },
    ...plantAll({ b, add, accounts }, pairs),
  ];

  for (let i = 0; i < fill.leads; i++) add(leadDraft(b));
  for (let i = 0; i < fill.contacts; i++) add(contactDraft(b, faker.helpers.arrayElement(accounts)));
  for (let i = 0; i < counts.deals; i++) add(dealDraft(b, faker.helpers.arrayElement(accounts)));

  return {
    seed: options.seed,
    users: SEED_USERS,
    records: b.drafts.map(toRecord),
    uniqueFields: Object.entries(UNIQUE_FIELDS).flatMap(([module, fields]) =>
      fields.map((field) => ({ module, field })),
    ),
    manifest,
  };
};
