import { DEFAULT_THRESHOLDS } from './match-config';
import type { Thresholds } from './types';

/** How a field takes part in likely-duplicate matching. */
export const MATCH_METHODS = ['exact', 'fuzzy-name', 'phone', 'company'] as const;
export type MatchMethod = (typeof MATCH_METHODS)[number];

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

const PERSON: readonly FieldRule[] = [
  { field: 'Email', method: 'exact' },
  { field: 'Phone', method: 'phone' },
  { field: 'Mobile', method: 'phone' },
  { field: 'First_Name', method: 'fuzzy-name' },
  { field: 'Last_Name', method: 'fuzzy-name' },
];

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
      fields: [...PERSON, { field: 'Company', method: 'company' }],
      thresholds: DEFAULT_THRESHOLDS,
      onSave: 'warn',
      alsoSearch: ['Contacts', 'Accounts'],
    },
    Contacts: {
      enabled: true,
      fields: PERSON,
      thresholds: DEFAULT_THRESHOLDS,
      onSave: 'warn',
      alsoSearch: ['Leads'],
    },
    Accounts: {
      enabled: true,
      fields: [
        { field: 'Account_Name', method: 'company' },
        { field: 'Phone', method: 'phone' },
        { field: 'Website', method: 'exact' },
      ],
      thresholds: DEFAULT_THRESHOLDS,
      onSave: 'warn',
      alsoSearch: ['Leads'],
    },
    Deals: { ...defaultModuleSettings('Deal_Name'), fields: [{ field: 'Deal_Name', method: 'fuzzy-name' }] },
  },
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
