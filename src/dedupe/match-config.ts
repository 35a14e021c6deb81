import type { MatchField, Thresholds } from './types';

/** Which fields decide a likely duplicate, and how strongly, plus the starting evidence (log2 prior odds). */
export type MatchConfig = { readonly fields: readonly MatchField[]; readonly prior: number };

/** The one table of default thresholds: the engine's fallback and the settings page's starting values. */
export const DEFAULT_THRESHOLDS: Thresholds = { likely: 0.85, possible: 0.6 };

/** Admin overrides per module win over the defaults. */
export const thresholdsFor = (
  module: string,
  overrides: Readonly<Record<string, Thresholds>> = {},
): Thresholds => overrides[module] ?? DEFAULT_THRESHOLDS;

const f = (
  field: string,
  kind: MatchField['kind'],
  agree: number,
  disagree: number,
  blocking: MatchField['blocking'],
): MatchField => ({ field, kind, agree, disagree, blocking });

const PERSON: readonly MatchField[] = [
  f('Email', 'email', 12, 2, 'equals'),
  f('Phone', 'phone', 10, 1, 'equals'),
  f('Mobile', 'phone', 10, 1, 'none'),
  f('First_Name', 'first_name', 3, 2, 'none'),
  f('Last_Name', 'last_name', 5, 3, 'prefix'),
];

export const DEFAULT_MATCH_CONFIGS: Readonly<Record<string, MatchConfig>> = {
  Leads: { prior: -6, fields: [...PERSON, f('Company', 'company', 4, 1, 'prefix')] },
  Contacts: { prior: -6, fields: [...PERSON, f('Account_Name', 'company', 4, 1, 'none')] },
  Accounts: {
    prior: -6,
    fields: [
      f('Account_Name', 'company', 9, 4, 'prefix'),
      f('Phone', 'phone', 6, 1, 'equals'),
      f('Website', 'exact', 6, 1, 'equals'),
    ],
  },
  Deals: { prior: -6, fields: [f('Deal_Name', 'text', 9, 4, 'prefix')] },
};

/** Custom modules match on their Name field. */
export const matchConfigFor = (module: string): MatchConfig =>
  DEFAULT_MATCH_CONFIGS[module] ?? { prior: -6, fields: [f('Name', 'text', 9, 4, 'prefix')] };

/** A Lead's Company is an Account_Name elsewhere; other fields keep their names across modules. */
export const CROSS_MODULE_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'Leads>Contacts': { Company: 'Account_Name' },
  'Leads>Accounts': { Company: 'Account_Name' },
  'Contacts>Leads': { Account_Name: 'Company' },
  'Accounts>Leads': { Account_Name: 'Company' },
};

export const fieldIn = (from: string, to: string, field: string): string =>
  from === to ? field : (CROSS_MODULE_FIELDS[`${from}>${to}`]?.[field] ?? field);
