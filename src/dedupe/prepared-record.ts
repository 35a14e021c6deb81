import { asText } from './fold';
import type { MatchConfig } from './match-config';
import { fieldIn } from './modules';
import { type PreparedValue, prepareValue } from './prepared-value';
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

// Kinds whose values repeat across thousands of candidates (surnames, company names): each is prepared once.
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
 * Reads candidates' values prepared one field at a time, only when the scorer gets that far, each at most once
 * per candidate. One reader serves every candidate in turn (`use`), so scoring thousands allocates no closure.
 */
export const candidateReader = (config: MatchConfig, to: string, input: PreparedRecord = []) => {
  const { fields } = config;
  const names = new Map<string, readonly string[]>();
  const prepared = fields.map((f) =>
    REPEATING.has(f.kind) ? new Map<string, PreparedValue | null>() : null,
  );
  const memo: (PreparedValue | null | undefined)[] = fields.map(() => undefined);
  const reject = fields.map((f, i) => quickReject(f.kind, input[i] ?? null));
  let current: CandidateRecord | null = null;
  let module = '';
  let fieldNames: readonly string[] = [];

  const prepare = (i: number): PreparedValue | null => {
    const f = fields[i];
    const value = current?.values[fieldNames[i] ?? ''];
    if (!f || value === undefined || value === null || value === '') return null;
    const cache = prepared[i];
    const raw = cache ? asText(value) : '';
    const known = cache?.get(raw);
    if (known !== undefined) return known;
    const rejected = typeof value === 'string' ? reject[i]?.(value) : undefined;
    const v = rejected ?? prepareValue(f.kind, value);
    cache?.set(raw, v);
    return v;
  };
  const read = (i: number): PreparedValue | null => {
    let v = memo[i];
    if (v === undefined) {
      v = prepare(i);
      memo[i] = v;
    }
    return v;
  };
  const use = (candidate: CandidateRecord): ((i: number) => PreparedValue | null) => {
    current = candidate;
    for (let i = 0; i < memo.length; i++) memo[i] = undefined;
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
  return use;
};

type Reject = (raw: string) => PreparedValue | undefined;

/** The stand-in is only read while its candidate is scored, so one object per field serves them all. */
const standIn = (): ((raw: string) => PreparedValue) => {
  const scratch = { raw: '', key: '' };
  return (raw) => {
    scratch.raw = raw;
    return scratch;
  };
};

/**
 * A stand-in for a candidate value that cannot agree with the input, found without normalising it; its empty key
 * compares exactly as the real one would (a disagreement), so scores do not change.
 */
const quickReject = (kind: MatchKind, own: PreparedValue | null): Reject | undefined => {
  if (kind !== 'email') return undefined;
  // Each email field is compared with what was typed in it (a second address is not the first).
  const typed = own?.key ?? '';
  const at = typed.lastIndexOf('@');
  if (at < 1) return undefined;
  const out = standIn();
  // compareEmail agrees only at the same domain, or with the mailbox equal or one typo away (which keeps its first
  // or last character and its length within one): anything else is a disagreement, found without normalising.
  return (raw) => (mayAgree(raw, typed, at) ? undefined : out(raw));
};

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

const mayAgree = (raw: string, typed: string, at: number): boolean => {
  const r = raw.lastIndexOf('@');
  if (r < 1 || !PLAIN_ASCII.test(raw)) return true;
  if (raw.length - r === typed.length - at) {
    let same = true;
    for (let k = 1; same && k < typed.length - at; k++)
      same = lower(raw.charCodeAt(r + k)) === typed.charCodeAt(at + k);
    if (same) return true;
  }
  if (Math.abs(r - at) > 1) return false;
  return (
    lower(raw.charCodeAt(0)) === typed.charCodeAt(0) ||
    lower(raw.charCodeAt(r - 1)) === typed.charCodeAt(at - 1)
  );
};

// Addresses as most are stored: printable ASCII without spaces, brackets or a scheme (those go to the normaliser).
const PLAIN_ASCII = /^[!-;=?-~]+$/;
