import type { BlockingKind, LevelWeights, MatchField, MatchKind } from './types';

/**
 * How an admin's method compares a field: its engine kind, its Fellegi–Sunter weights per comparison level
 * (log2 of m/u: how much likelier the level is between two records of one person than between two others) and the
 * search condition that finds candidates. The one table: the settings codec, the settings page and the engine
 * all read it, so a new method is one row here plus its comparison and two translations.
 */
export type MethodRow = {
  readonly kind: MatchKind;
  readonly weights: LevelWeights;
  readonly blocking: BlockingKind;
};

const w = (exact: number, equal: number, close: number, partial: number, differ: number): LevelWeights => ({
  exact,
  equal,
  close,
  partial,
  differ,
});

// Weights set from rough m/u estimates for CRM data: u is how often two different people share the value by
// chance (a surname about 1 in 100, a city 1 in 10, an email almost never), m how often one person keeps it.
export const METHODS = {
  exact: { kind: 'exact', weights: w(8, 8, 4, 0, -1), blocking: 'equals' },
  email: { kind: 'email', weights: w(15, 15, 10, 0, -4), blocking: 'equals' },
  'fuzzy-name': { kind: 'full_name', weights: w(9, 9, 6, 3, -4), blocking: 'prefix' },
  'first-name': { kind: 'first_name', weights: w(6, 6, 4, 1.5, -3.5), blocking: 'prefix' },
  'last-name': { kind: 'last_name', weights: w(8, 8, 5.5, 3, -4.5), blocking: 'prefix' },
  phone: { kind: 'phone', weights: w(12, 12, 6, 3, -3), blocking: 'equals' },
  // Two names with no word in common: one organisation keeps a word of its name when renamed, strangers rarely
  // share one (u about 0.9, m a few in a hundred).
  company: { kind: 'company', weights: w(12, 12, 8, 3, -6), blocking: 'prefix' },
  street: { kind: 'street', weights: w(10, 10, 7, 3, -3), blocking: 'prefix' },
  // An organisation's street names its site: another street is another site (a branch, another school of one
  // district), whatever the name and the switchboard number share; a person's address changes more often.
  'site-street': { kind: 'street', weights: w(10, 10, 7, 3, -16), blocking: 'prefix' },
  city: { kind: 'city', weights: w(2, 2, 1.5, 0, -1.5), blocking: 'none' },
  postcode: { kind: 'postcode', weights: w(4, 4, 2, 0.5, -2), blocking: 'equals' },
  website: { kind: 'website', weights: w(10, 10, 7, 3, -2), blocking: 'equals' },
  date: { kind: 'date', weights: w(8, 8, 4, 1, -4), blocking: 'equals' },
  text: { kind: 'text', weights: w(6, 6, 4, 1, -3), blocking: 'prefix' },
} as const satisfies Readonly<Record<string, MethodRow>>;

export type MatchMethod = keyof typeof METHODS;

/** Every method an admin can pick, in the order the settings page offers them. */
export const MATCH_METHODS = Object.keys(METHODS) as readonly MatchMethod[];

export const isMatchMethod = (name: string): name is MatchMethod => Object.hasOwn(METHODS, name);

// "Similar name" predates the split into first and last names: on those two fields it means the specific kind.
const NAME_FIELDS: Readonly<Record<string, MatchMethod>> = {
  First_Name: 'first-name',
  Last_Name: 'last-name',
};
// An "exact" rule on an email field compares as an email (case, typos, provider aliases), as it always has.
const EMAIL_FIELD = /e-?mail/i;

/** The row a rule uses: the method as chosen, read the way stored settings have always meant it. */
export const methodRow = (field: string, method: MatchMethod): MethodRow => {
  if (method === 'fuzzy-name') return METHODS[NAME_FIELDS[field] ?? 'fuzzy-name'];
  if (method === 'exact' && EMAIL_FIELD.test(field)) return METHODS.email;
  return METHODS[method];
};

/** The engine's view of one admin rule, with learned weights in place of the table's when given. */
export const matchField = (field: string, method: MatchMethod, learned?: LevelWeights): MatchField => {
  const row = methodRow(field, method);
  return { field, kind: row.kind, weights: learned ?? row.weights, blocking: row.blocking };
};
