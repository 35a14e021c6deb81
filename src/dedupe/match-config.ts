import { matchField } from './match-methods';
import { moduleFacts } from './modules';
import { type Calibration, DEFAULT_SETTINGS, DEFAULT_THRESHOLDS, type FieldRule } from './settings';
import { systemDuplicateCheckField } from './system-fields';
import type { LevelWeights, MatchField, Thresholds } from './types';

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

// Between an organisation and a person, the person's company field names their employer: every Lead working at
// Acme shares the Account's name, so the agreement is far likelier by chance (a higher u) than between two Accounts.
const employerPair = (from: string, to: string): boolean => {
  const parties = [moduleFacts(from)?.party, moduleFacts(to)?.party];
  return parties.includes('person') && parties.includes('organisation');
};

/**
 * The most an agreeing company name weighs between an organisation and a person's employer: with the prior it
 * reaches "possible" but never "likely" alone; a shared phone, website or address has to add the rest.
 */
export const EMPLOYER_COMPANY_WEIGHT = 8;

const capped = (w: LevelWeights, cap: number): LevelWeights => ({
  exact: Math.min(w.exact, cap),
  equal: Math.min(w.equal, cap),
  close: Math.min(w.close, cap),
  partial: Math.min(w.partial, cap),
  differ: w.differ,
});

const ACROSS = new WeakMap<MatchConfig, Map<string, MatchConfig>>();

/** The config that compares a record of `from` with candidates of `to`: company evidence capped across person and organisation. */
export const configAcross = (config: MatchConfig, from: string, to: string): MatchConfig => {
  const pair = `${from}>${to}`;
  if (!employerPair(from, to) || !config.fields.some((f) => f.kind === 'company')) return config;
  let byPair = ACROSS.get(config);
  if (!byPair) {
    byPair = new Map();
    ACROSS.set(config, byPair);
  }
  let out = byPair.get(pair);
  if (!out) {
    out = {
      prior: config.prior,
      fields: config.fields.map((f) =>
        f.kind === 'company' ? { ...f, weights: capped(f.weights, EMPLOYER_COMPANY_WEIGHT) } : f,
      ),
    };
    byPair.set(pair, out);
  }
  return out;
};
