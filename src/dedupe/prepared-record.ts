import type { Comparison } from './comparison';
import { asText } from './fold';
import type { MatchConfig } from './match-config';
import { fieldIn } from './modules';
import { nameInitial, type PreparedValue, prepareValue } from './prepared-value';
import type { CandidateRecord, MatchKind, Values } from './types';

/** A record's values prepared for one match config, aligned with `config.fields`. */
export type PreparedRecord = readonly (PreparedValue | null)[];

/** `values` come from `from`; the config's field names are `to`'s (a Contact's Account_Name is a Lead's Company). */
export const prepareRecord = (
  values: Values,
  config: MatchConfig,
  from: string,
  to: string = from,
): PreparedRecord => config.fields.map((f) => prepareValue(f.kind, values[fieldIn(to, from, f.field)]));

/** Kinds whose values repeat across thousands of candidates (surnames, company names): each is prepared once. */
const REPEATING: ReadonlySet<MatchKind> = new Set([
  'first_name',
  'last_name',
  'full_name',
  'company',
  'street',
  'city',
  'postcode',
  'website',
  'text',
]);

/**
 * A repeating value as one reader holds it: prepared once, and compared once with the typed value of its field
 * (`inPlace`) and, for a name, with the typed other name (`crossed`). One reader serves one typed record.
 */
export type ValueMemo = {
  readonly value: PreparedValue | null;
  inPlace: Comparison | undefined;
  crossed: Comparison | undefined;
};

/**
 * Reads candidates' values prepared one field at a time, only when the scorer gets that far, each at most once
 * per candidate. One reader serves every candidate in turn (`use`), so scoring thousands allocates no closure;
 * `initial` tells a name's first letter without preparing it (see `UnpreparedReads`); `memo` holds what a
 * repeating value was found to be against the typed record, so each distinct value is compared once.
 */
export const candidateReader = (config: MatchConfig, to: string) => {
  const { fields } = config;
  const names = new Map<string, readonly string[]>();
  const prepared = fields.map((f) => (REPEATING.has(f.kind) ? new Map<string, ValueMemo>() : null));
  // What each field read for the candidate whose number `stamps` holds: a new candidate clears nothing.
  const memo: (PreparedValue | null)[] = fields.map(() => null);
  const memos: (ValueMemo | null)[] = fields.map(() => null);
  const stamps = new Int32Array(fields.length).fill(-1);
  let candidateNumber = -1;
  let values: Values = {};
  let module = '';
  let fieldNames: readonly string[] = [];

  const prepare = (i: number): PreparedValue | null => {
    const f = fields[i];
    const value = values[fieldNames[i] ?? ''];
    memos[i] = null;
    if (!f || value === undefined || value === null || value === '') return null;
    const cache = prepared[i];
    if (!cache) return prepareValue(f.kind, value);
    const raw = asText(value);
    let known = cache.get(raw);
    if (known === undefined) {
      known = { value: prepareValue(f.kind, value), inPlace: undefined, crossed: undefined };
      cache.set(raw, known);
    }
    memos[i] = known;
    return known.value;
  };
  const read = (i: number): PreparedValue | null => {
    if (stamps[i] === candidateNumber) return memo[i] ?? null;
    const v = prepare(i);
    memo[i] = v;
    stamps[i] = candidateNumber;
    return v;
  };
  /** The current candidate's memo for field `i`, once `read` has read a repeating value there. */
  const memoOf = (i: number): ValueMemo | null => (stamps[i] === candidateNumber ? (memos[i] ?? null) : null);
  /** The first letter of the current candidate's name in field `i` (see `nameInitial`); -2 for an empty field. */
  const initial = (i: number): number => {
    if (stamps[i] === candidateNumber) return memo[i]?.key.charCodeAt(0) ?? -2;
    const raw = asText(values[fieldNames[i] ?? '']);
    return raw ? nameInitial(raw) : -2;
  };
  const text = (i: number): string => asText(values[fieldNames[i] ?? '']);
  const use = (candidate: CandidateRecord): ((i: number) => PreparedValue | null) => {
    values = candidate.values;
    candidateNumber = (candidateNumber + 1) | 0;
    if (candidate.module !== module) {
      module = candidate.module;
      let own = names.get(module);
      if (!own) {
        own = fields.map((f) => fieldIn(to, module, f.field));
        names.set(module, own);
      }
      fieldNames = own;
    }
    return read;
  };
  return { use, initial, text, memo: memoOf };
};
