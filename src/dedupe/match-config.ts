import { matchField } from './match-methods';
import { type Calibration, DEFAULT_SETTINGS, DEFAULT_THRESHOLDS, type FieldRule } from './settings';
import { systemDuplicateCheckField } from './system-fields';
import type { MatchField, Thresholds } from './types';

export { DEFAULT_THRESHOLDS };

/** Which fields decide a likely duplicate, and how strongly, plus the starting evidence (log2 prior odds). */
export type MatchConfig = { readonly fields: readonly MatchField[]; readonly prior: number };

/**
 * Log2 odds that a record a search found is the same as the typed one before any field is compared: about one
 * candidate in a hundred is (chosen on generated people data, applied unchanged to the other sets).
 */
export const DEFAULT_PRIOR = -7;

/** Admin overrides per module win over the defaults. */
export const thresholdsFor = (
  module: string,
  overrides: Readonly<Record<string, Thresholds>> = {},
): Thresholds => overrides[module] ?? DEFAULT_THRESHOLDS;

/** The admin's rules as the engine's configuration, with learned weights where a calibration has them. */
export const configFromRules = (rules: readonly FieldRule[], calibration?: Calibration): MatchConfig => ({
  prior: calibration?.prior ?? DEFAULT_PRIOR,
  fields: rules.map((r) => matchField(r.field, r.method, calibration?.fields[r.field])),
});

/** The default settings' rules for `module`; a custom module matches on its Name field as text. */
export const matchConfigFor = (module: string): MatchConfig =>
  configFromRules(
    DEFAULT_SETTINGS.modules[module]?.fields ?? [
      { field: systemDuplicateCheckField(module, true) ?? 'Name', method: 'text' },
    ],
  );

/** A Lead's Company is an Account_Name elsewhere; other fields keep their names across modules. */
export const CROSS_MODULE_FIELDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'Leads>Contacts': {
    Company: 'Account_Name',
    Street: 'Mailing_Street',
    City: 'Mailing_City',
    Zip_Code: 'Mailing_Zip',
  },
  'Leads>Accounts': {
    Company: 'Account_Name',
    Street: 'Billing_Street',
    City: 'Billing_City',
    Zip_Code: 'Billing_Code',
  },
  'Contacts>Leads': {
    Account_Name: 'Company',
    Mailing_Street: 'Street',
    Mailing_City: 'City',
    Mailing_Zip: 'Zip_Code',
  },
  'Accounts>Leads': {
    Account_Name: 'Company',
    Billing_Street: 'Street',
    Billing_City: 'City',
    Billing_Code: 'Zip_Code',
  },
};

export const fieldIn = (from: string, to: string, field: string): string =>
  from === to ? field : (CROSS_MODULE_FIELDS[`${from}>${to}`]?.[field] ?? field);
