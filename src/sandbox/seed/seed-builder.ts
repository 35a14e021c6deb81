import type { Faker } from '@faker-js/faker';
import { type DistinctKind, keysOf } from './distinct';
import { ADMIN, REP_1, REP_2 } from './seed-users';
import type { SeedRecord } from './types';
import { phoneDigitsOf } from './variants';
import { formatZohoTime, SEED_BASE_TIME } from './zoho-time';

const ID_BLOCKS: Readonly<Record<string, number>> = { Leads: 1, Contacts: 2, Accounts: 3, Deals: 4 };
const DAY = 86_400_000;

/** A record being built; `values` stays mutable until the builder hands the seed out. */
export type Draft = Omit<SeedRecord, 'values'> & { values: Record<string, unknown>; createdMs: number };

export type SeedBuilder = ReturnType<typeof createSeedBuilder>;

/** Ids, owners, times and the unique-value registries shared by every record factory of one seed. */
export const createSeedBuilder = (faker: Faker) => {
  const counters = new Map<string, number>();
  const allEmails = new Set<string>();
  const moduleValues = new Map<string, Set<string>>();
  const phoneDigits = new Set<string>();
  const distinct = new Set<string>();
  const drafts: Draft[] = [];

  const claim = (module: string, field: string, value: string): void => {
    const key = `${module}.${field}`;
    const seen = moduleValues.get(key) ?? new Set<string>();
    moduleValues.set(key, seen);
    // Zoho compares unique fields case-insensitively, so the seed must too.
    if (seen.has(value.toLowerCase())) throw new Error(`seed would repeat unique ${key}: ${value}`);
    seen.add(value.toLowerCase());
  };

  return {
    faker,
    drafts,
    nextId(module: string): string {
      const n = (counters.get(module) ?? 0) + 1;
      counters.set(module, n);
      const block = ID_BLOCKS[module] ?? 9;
      return `4876000000${block}${String(n).padStart(8, '0')}`;
    },
    owner(): string {
      return faker.helpers.weightedArrayElement([
        { weight: 2, value: ADMIN.id },
        { weight: 5, value: REP_1.id },
        { weight: 3, value: REP_2.id },
      ]);
    },
    /** A creation time within the two years before the base time, never before `after`. */
    times(after = SEED_BASE_TIME - 730 * DAY): {
      createdMs: number;
      createdTime: string;
      modifiedTime: string;
    } {
      const createdMs = faker.number.int({
        min: after + 1000,
        max: Math.max(after + 1000, SEED_BASE_TIME - DAY),
      });
      const modifiedMs = faker.number.int({ min: createdMs, max: SEED_BASE_TIME });
      const createdSec = createdMs - (createdMs % 1000);
      return {
        createdMs: createdSec,
        createdTime: formatZohoTime(createdSec),
        modifiedTime: formatZohoTime(Math.max(createdSec, modifiedMs - (modifiedMs % 1000))),
      };
    },
    /** A fresh email that no other seed record uses in any module, in any case. */
    freshEmail(local: string, domain: string): string {
      let candidate = `${local}@${domain}`;
      for (let n = 2; allEmails.has(candidate.toLowerCase()); n++) candidate = `${local}${n}@${domain}`;
      allEmails.add(candidate.toLowerCase());
      return candidate;
    },
    /** Ten digits never handed out before, so random records never form accidental phone pairs. */
    freshPhoneDigits(): string {
      for (;;) {
        const digits = `${faker.number.int({ min: 201, max: 989 })}${faker.string.numeric(7)}`;
        if (!phoneDigits.has(digits)) {
          phoneDigits.add(digits);
          return digits;
        }
      }
    },
    /** Whether an earlier record already is this person or company (random records must not repeat one). */
    taken(kind: DistinctKind, key: string): boolean {
      return distinct.has(`${kind}|${key}`);
    },
    /** Adds a finished record, enforcing the unique fields an admin set for its module. */
    add(draft: Draft, uniqueFields: readonly string[]): Draft {
      // Planted duplicates register too, so no random record repeats them by chance either.
      for (const [kind, key] of keysOf(draft.module, draft.values)) distinct.add(`${kind}|${key}`);
      for (const field of uniqueFields) {
        const value = draft.values[field];
        if (typeof value === 'string' && value !== '') claim(draft.module, field, value);
      }
      allEmails.add(String(draft.values.Email ?? '').toLowerCase());
      for (const field of ['Phone', 'Mobile']) {
        const value = draft.values[field];
        if (typeof value === 'string') phoneDigits.add(phoneDigitsOf(value));
      }
      drafts.push(draft);
      return draft;
    },
  };
};
