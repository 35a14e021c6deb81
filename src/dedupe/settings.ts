import type { MatchMethod } from './match-methods';
import type { LevelWeights, Thresholds } from './types';

export { MATCH_METHODS, type MatchMethod } from './match-methods';

/** The one table of default thresholds: the engine's fallback and the settings page's starting values. */
export const DEFAULT_THRESHOLDS: Thresholds = { likely: 0.85, possible: 0.6 };

/** Weights learned from the org's own records: the starting log2 odds and, per field, the weight of each level. */
export type Calibration = {
  readonly prior: number;
  readonly fields: Readonly<Record<string, LevelWeights>>;
};

/** What the Save button does when a likely duplicate is found (Zoho's own DUPLICATE_DATA always blocks). */
export type OnSave = 'warn' | 'block';

export type FieldRule = { readonly field: string; readonly method: MatchMethod };

export type ModuleSettings = {
  readonly enabled: boolean;
  readonly fields: readonly FieldRule[];
  readonly thresholds: Thresholds;
  readonly onSave: OnSave;
  /** Other modules searched for the same person or company, e.g. Leads against Contacts and Accounts. */
  readonly alsoSearch: readonly string[];
  /** Learned weights; absent until the admin calibrates, and then used instead of the table's. */
  readonly calibration?: Calibration;
};

export type Settings = {
  readonly version: 1;
  readonly modules: Readonly<Record<string, ModuleSettings>>;
};

/** A partial override: whatever it names replaces the base, per module and per thresholds key. */
export type SettingsPatch = {
  readonly modules?: Readonly<
    Record<
      string,
      Partial<Omit<ModuleSettings, 'thresholds'>> & { readonly thresholds?: Partial<Thresholds> }
    >
  >;
};

const rule = (field: string, method: MatchMethod): FieldRule => ({ field, method });

/** The fields a person is matched on, in every person module. */
const PERSON: readonly FieldRule[] = [
  rule('Email', 'email'),
  rule('Phone', 'phone'),
  rule('Mobile', 'phone'),
  rule('First_Name', 'first-name'),
  rule('Last_Name', 'last-name'),
];

/** A postal address as three fields (Street, City, Zip_Code on Leads; Mailing_* on Contacts; Billing_* on Accounts). */
const address = (
  street: string,
  city: string,
  code: string,
  streetMethod: MatchMethod = 'street',
): readonly FieldRule[] => [rule(street, streetMethod), rule(city, 'city'), rule(code, 'postcode')];

/** A module the admin has not configured yet: off, matched on its system field only. */
export const defaultModuleSettings = (systemField: string | null): ModuleSettings => ({
  enabled: false,
  fields: systemField ? [{ field: systemField, method: 'exact' }] : [],
  thresholds: DEFAULT_THRESHOLDS,
  onSave: 'warn',
  alsoSearch: [],
});

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  modules: {
    Leads: {
      enabled: true,
      fields: [
        ...PERSON,
        rule('Company', 'company'),
        ...address('Street', 'City', 'Zip_Code'),
        rule('Website', 'website'),
      ],
      thresholds: DEFAULT_THRESHOLDS,
      onSave: 'warn',
      alsoSearch: ['Contacts', 'Accounts'],
    },
    Contacts: {
      enabled: true,
      // A birth date tells apart two people of one name and town (a father and son at one address).
      fields: [
        ...PERSON,
        ...address('Mailing_Street', 'Mailing_City', 'Mailing_Zip'),
        rule('Date_of_Birth', 'date'),
      ],
      thresholds: DEFAULT_THRESHOLDS,
      onSave: 'warn',
      alsoSearch: ['Leads'],
    },
    Accounts: {
      enabled: true,
      fields: [
        rule('Account_Name', 'company'),
        rule('Phone', 'phone'),
        rule('Website', 'website'),
        ...address('Billing_Street', 'Billing_City', 'Billing_Code', 'site-street'),
      ],
      thresholds: DEFAULT_THRESHOLDS,
      onSave: 'warn',
      alsoSearch: ['Leads'],
    },
    Deals: { ...defaultModuleSettings('Deal_Name'), fields: [rule('Deal_Name', 'text')] },
  },
};

// Learned weights belong to the fields they were learned on: a field taken out of matching drops its weights.
const withCalibration = (
  calibration: Calibration | undefined,
  rules: readonly FieldRule[],
): { calibration?: Calibration } => {
  if (!calibration) return {};
  const kept = Object.entries(calibration.fields).filter(([field]) => rules.some((r) => r.field === field));
  return kept.length ? { calibration: { prior: calibration.prior, fields: Object.fromEntries(kept) } } : {};
};

/** Merges `patch` over `base`; a module only in the patch starts from `defaultModuleSettings(null)`. */
export const mergeSettings = (base: Settings, patch: SettingsPatch): Settings => {
  const modules: Record<string, ModuleSettings> = { ...base.modules };
  for (const [name, change] of Object.entries(patch.modules ?? {})) {
    const current = modules[name] ?? defaultModuleSettings(null);
    modules[name] = {
      enabled: change.enabled ?? current.enabled,
      fields: change.fields ?? current.fields,
      thresholds: { ...current.thresholds, ...change.thresholds },
      onSave: change.onSave ?? current.onSave,
      alsoSearch: (change.alsoSearch ?? current.alsoSearch).filter((m) => m !== name),
      ...withCalibration(change.calibration ?? current.calibration, change.fields ?? current.fields),
    };
  }
  return { version: 1, modules };
};

/** The settings that apply to `module`: configured, or off with its system field. */
export const moduleSettings = (
  settings: Settings,
  module: string,
  systemField: string | null = null,
): ModuleSettings => settings.modules[module] ?? defaultModuleSettings(systemField);

/** Thresholds make sense when 0 <= possible <= likely <= 1. */
export const validThresholds = (t: Thresholds): boolean =>
  t.possible >= 0 && t.likely <= 1 && t.possible <= t.likely;

/** What applies: the stored modules over the defaults, or the defaults alone when nothing usable was stored. */
export const settingsFromStored = (modules: Readonly<Record<string, ModuleSettings>> | null): Settings =>
  modules ? mergeSettings(DEFAULT_SETTINGS, { modules }) : DEFAULT_SETTINGS;
