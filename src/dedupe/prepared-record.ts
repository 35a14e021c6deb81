import { fieldIn, type MatchConfig } from './match-config';
import type { PreparedValue as Prepared } from './prepared-value';
import { type PreparedValue, prepareValue } from './prepared-value';
import type { CandidateRecord, Values } from './types';

/** A record's values prepared for one match config, aligned with `config.fields`. */
export type PreparedRecord = readonly (PreparedValue | null)[];

/** `values` come from `from`; the config's field names are `to`'s (a Contact's Account_Name is a Lead's Company). */
export const prepareRecord = (
  values: Values,
  config: MatchConfig,
  from: string,
  to: string = from,
): PreparedRecord => config.fields.map((f) => prepareValue(f.kind, values[fieldIn(to, from, f.field)]));

/**
 * Reads candidates' values prepared one field at a time, only when the scorer gets that far. One reader serves
 * every candidate in turn (`use`), so scoring thousands allocates no closure per candidate.
 */
export const candidateReader = (config: MatchConfig, to: string, input: PreparedRecord = []) => {
  let current: CandidateRecord | null = null;
  // Every common format keeps a number's last four digits together: a phone without any of the input's cannot
  // be the same number, so it is not normalised (its empty key still counts as a disagreement).
  const tails = input.flatMap((v, i) => (v && config.fields[i]?.kind === 'phone' ? [v.key.slice(-4)] : []));
  const read = (i: number): Prepared | null => {
    const f = config.fields[i];
    if (!f || !current) return null;
    const value = current.values[fieldIn(to, current.module, f.field)];
    if (f.kind === 'phone' && typeof value === 'string' && value && !tails.some((t) => value.includes(t)))
      return { raw: value, key: '' };
    return prepareValue(f.kind, value);
  };
  const use = (candidate: CandidateRecord): ((i: number) => Prepared | null) => {
    current = candidate;
    return read;
  };
  return use;
};
