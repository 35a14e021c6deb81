import { conversionOf } from './modules';
import { MAX_CRITERIA } from './search-limits';
import type { ModuleSettings } from './settings';

/** What a call costs, and whether it repeats with each check (`once`: made once per record whatever the checks). */
type Timing = { readonly once?: boolean };

/** One API call a check makes, as far as cost goes. */
export type PlannedCall = Timing &
  (
    | { readonly kind: 'search'; readonly module: string; readonly criteria: number }
    /** `atSave`: made once per record, when the rep presses Save, not on every check. */
    | { readonly kind: 'coql'; readonly limit: number; readonly atSave?: boolean }
    | { readonly kind: 'read' }
    | { readonly kind: 'write'; readonly records: number }
  );

export type Edition = 'free' | 'standard' | 'professional' | 'enterprise';
export const EDITIONS: readonly Edition[] = ['free', 'standard', 'professional', 'enterprise'];

/**
 * The estimate's edition for the org's `license_details.paid_type`, or null for a value it has no allowance for
 * (Zoho documents no list of paid_type values; the page then keeps its default and the admin picks).
 */
export const editionOf = (paidType: string | null | undefined): Edition | null => {
  const name = paidType?.trim().toLowerCase();
  return EDITIONS.find((e) => e === name) ?? null;
};

/** Zoho's credit table: search/read 1; COQL 1 per 200 of LIMIT; writes 1 per 10 records. */
export const callCredits = (call: PlannedCall): number => {
  switch (call.kind) {
    case 'search':
      return Math.max(1, Math.ceil(call.criteria / MAX_CRITERIA));
    case 'read':
      return 1;
    case 'coql':
      return Math.max(1, Math.ceil(call.limit / 200));
    case 'write':
      return Math.max(1, Math.ceil(call.records / 10));
  }
};

export type CheckOptions = {
  /** The Leads duplicate check preference maps Contacts, so Zoho (and the Save read) checks them too. */
  readonly preferenceMapsContacts?: boolean;
};

/** The module itself first, then the others the admin searches. */
const targetsOf = (module: string, settings: ModuleSettings): readonly string[] => [
  module,
  ...settings.alsoSearch.filter((m) => m !== module),
];

/** What a widget reads when it opens, besides the settings: the fields of every module searched, the preference. */
const metadataReads = (module: string, targets: readonly string[]): PlannedCall[] => [
  ...targets.map((): PlannedCall => ({ kind: 'read', once: true })),
  ...(conversionOf(module) ? [{ kind: 'read', once: true } as const] : []),
];

const searchesOf = (targets: readonly string[], settings: ModuleSettings, once: boolean): PlannedCall[] =>
  targets.map(
    (target): PlannedCall => ({ kind: 'search', module: target, criteria: settings.fields.length, once }),
  );

/**
 * Every call one record costs, as the widget makes them (measured in the sandbox: bench/credits.ts). Each widget
 * opening reads the settings variable, the fields of every module it searches and, for Leads, the duplicate check
 * preference; each check searches every module once; Save opens the popup, a second widget that reads all that
 * again, searches again, and reads by COQL (LIMIT 200) each module Zoho checks, past search's lagging index.
 */
export const checkCalls = (
  module: string,
  settings: ModuleSettings,
  options: CheckOptions = {},
): readonly PlannedCall[] => {
  if (!settings.enabled || settings.fields.length === 0) return [];
  const targets = targetsOf(module, settings);
  const mapped = conversionOf(module)?.mappedModule;
  const checked =
    mapped && options.preferenceMapsContacts && targets.includes(mapped) ? [module, mapped] : [module];
  const session = (): PlannedCall[] => [{ kind: 'read', once: true }, ...metadataReads(module, targets)];
  return [
    ...session(),
    ...searchesOf(targets, settings, false),
    ...session(),
    ...searchesOf(targets, settings, true),
    ...checked.map((): PlannedCall => ({ kind: 'coql', limit: 200, atSave: true, once: true })),
  ];
};

/**
 * The calls of one "Try a record" on the settings page: the first check of a widget just opened, minus the
 * settings read (the page holds the settings): the field lists, the Leads preference, one search per module.
 */
export const tryCalls = (module: string, settings: ModuleSettings): readonly PlannedCall[] => {
  if (!settings.enabled || settings.fields.length === 0) return [];
  const targets = targetsOf(module, settings);
  return [...metadataReads(module, targets), ...searchesOf(targets, settings, false)];
};

/** The credits a list of calls costs, by Zoho's credit table. */
export const creditsOf = (calls: readonly PlannedCall[]): number =>
  calls.reduce((sum, call) => sum + callCredits(call), 0);

/** Credits Zoho grants per 24 hours for an edition and its number of users. */
export const dailyAllowance = (edition: Edition, users: number): number => {
  const perUser = { free: 0, standard: 250, professional: 500, enterprise: 1000 }[edition];
  return edition === 'free' ? 5000 : 50_000 + perUser * users;
};

export type EstimateInput = {
  readonly calls: readonly PlannedCall[];
  /** Reps who enter records and so run checks: what the org spends. */
  readonly reps: number;
  /** User licenses the org holds: what the daily allowance grows with. Defaults to `reps`. */
  readonly users?: number;
  readonly recordsPerRepPerDay: number;
  /** Checks run per record entered (as fields change, then on save); results are cached per value. */
  readonly checksPerRecord?: number;
  readonly edition: Edition;
};

export type CreditEstimate = {
  readonly perRecord: number;
  readonly perDay: number;
  readonly allowance: number;
  /** perDay / allowance, 0..n (above 1 the org runs out). */
  readonly share: number;
};

const atSave = (call: PlannedCall): boolean =>
  call.once === true || (call.kind === 'coql' && call.atSave === true);

export const estimateCredits = (input: EstimateInput): CreditEstimate => {
  const perCheck = creditsOf(input.calls.filter((c) => !atSave(c)));
  const perRecord = perCheck * (input.checksPerRecord ?? 1) + creditsOf(input.calls.filter(atSave));
  const perDay = perRecord * Math.max(0, input.recordsPerRepPerDay) * Math.max(0, input.reps);
  const allowance = dailyAllowance(input.edition, Math.max(1, input.users ?? input.reps));
  return { perRecord, perDay, allowance, share: perDay / allowance };
};
