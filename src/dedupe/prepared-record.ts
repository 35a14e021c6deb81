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
export const candidateReader = (config: MatchConfig, to: string) => {
  let current: CandidateRecord | null = null;
  const read = (i: number): Prepared | null => {
    const f = config.fields[i];
    return f && current ? prepareValue(f.kind, current.values[fieldIn(to, current.module, f.field)]) : null;
  };
  const use = (candidate: CandidateRecord): ((i: number) => Prepared | null) => {
    current = candidate;
    return read;
  };
  return use;
};
