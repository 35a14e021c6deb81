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

/** A candidate's values prepared one field at a time, only when the scorer gets that far. */
export const lazyRecord =
  (candidate: CandidateRecord, config: MatchConfig, to: string): ((index: number) => Prepared | null) =>
  (i) => {
    const f = config.fields[i];
    return f ? prepareValue(f.kind, candidate.values[fieldIn(to, candidate.module, f.field)]) : null;
  };
