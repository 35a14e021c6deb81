import { base, en, Faker } from '@faker-js/faker';
import type { CandidateRecord, Values } from '../../src/dedupe/types';

/** Deterministic Lead-like values: names, email, phone in mixed formats, company. */
export const syntheticLeads = (count: number, seed = 1): readonly Values[] => {
  const faker = new Faker({ locale: [en, base], seed });
  return Array.from({ length: count }, () => {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    return {
      First_Name: first,
      Last_Name: last,
      Email: faker.internet.email({ firstName: first, lastName: last }),
      Phone: faker.phone.number({
        style: faker.helpers.arrayElement(['national', 'international', 'human']),
      }),
      Company: faker.company.name(),
    };
  });
};

export const asCandidates = (rows: readonly Values[], module = 'Leads'): readonly CandidateRecord[] =>
  rows.map((values, i) => ({
    module,
    id: `c${i}`,
    values,
    owner: null,
    modifiedTime: null,
    converted: false,
  }));
