import { asText, codePointPrefix, fold, words } from './fold';
import { normaliseCity, normalisePostcode, normaliseStreet } from './normalise-address';
import { normaliseCompany } from './normalise-company';
import { normaliseEmail } from './normalise-email';
import { LONGEST_TITLE, normaliseName } from './normalise-name';
import { normaliseWebsite } from './normalise-website';
import type { MatchKind } from './types';

/** A field value with every normal form its comparison needs, computed once. */
export type PreparedValue = {
  readonly raw: string;
  /** The kind's normal form: email lower-cased, name/company key, digits for dates and phones (no extension). */
  readonly key: string;
};

const PLAIN_WORD = /^[A-Za-z]+$/;
const PLAIN_EMAIL = /^[^\s<>:]+$/;
/** Where a phone's extension begins ("x12", "ext. 12", "#12"): a "#" or a letter (or any character past "Z"). */
export const startsExtension = (c: number): boolean => c === 35 || (c | 32) >= 97;

// The digits of the number itself: an extension ("x12", "ext. 12", "#12") is not part of it. A plain loop that
// copies runs of digits: this runs for every candidate's phone, and a regex pass costs several times more.
const digitsBeforeExtension = (raw: string): string => {
  let out = '';
  let start = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) out += raw.slice(start, i);
    start = -1;
    if (startsExtension(c)) return out;
  }
  if (start === 0) return raw;
  return start > 0 ? out + raw.slice(start) : out;
};

// Fast paths skip the regex-heavy normalisers for the plain values most candidates hold.
const keyFor = (kind: MatchKind, raw: string): string => {
  switch (kind) {
    case 'email':
      return PLAIN_EMAIL.test(raw) ? raw.toLowerCase() : normaliseEmail(raw);
    case 'phone':
      return digitsBeforeExtension(raw);
    case 'first_name':
    case 'last_name':
    case 'full_name':
      return PLAIN_WORD.test(raw) ? raw.toLowerCase() : normaliseName(raw);
    case 'company':
      return normaliseCompany(raw);
    case 'street':
      return normaliseStreet(raw);
    case 'city':
      return normaliseCity(raw);
    case 'postcode':
      return normalisePostcode(raw);
    case 'website': {
      // "Yes", "No", "n/a": a host without a dot is no website, so it is compared as an empty field.
      const host = normaliseWebsite(raw);
      return host.includes('.') ? host : '';
    }
    case 'date':
      return dateKey(raw);
    case 'exact':
      return fold(raw).replace(/\s+/g, '');
    case 'text':
      return words(raw);
  }
};

// "1990-4-7", "31/01/1990", "01.31.1990": a date's three parts, the year first or last.
const YEAR_FIRST = /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})\D+(\d{1,2})\D+(\d{4})$/;

/**
 * A date's digits, year first: Zoho writes yyyy-MM-dd; a date typed with its year last keeps its other two parts in
 * their order, so one written day first meets Zoho's as day and month swapped, never as another date.
 */
const dateKey = (raw: string): string => {
  const text = raw.trim();
  const two = (part: string | undefined) => (part ?? '').padStart(2, '0');
  const first = YEAR_FIRST.exec(text);
  if (first) return `${first[1]}${two(first[2])}${two(first[3])}`;
  const last = YEAR_LAST.exec(text);
  return last ? `${last[3]}${two(last[1])}${two(last[2])}` : text.replace(/\D+/g, '');
};

/**
 * Zoho's longest single-line text holds 255 characters: comparing more than that only lets an absurd value
 * (100,000 characters pasted into a name) make every comparison slow.
 */
export const MAX_COMPARED = 255;

const comparedText = (value: unknown): string => {
  const text = asText(value);
  return text.length > MAX_COMPARED ? codePointPrefix(text, MAX_COMPARED) : text;
};

export const prepareValue = (kind: MatchKind, value: unknown): PreparedValue | null => {
  const raw = comparedText(value);
  if (!raw) return null;
  const key = keyFor(kind, raw);
  if (!key) return null;
  return {
    raw,
    key,
  };
};

/**
 * The first character of a name's key read off the raw text without preparing it, or -1 where only the normaliser
 * can tell (a leading title such as "Dr.", punctuation, a letter outside ASCII). Thousands of candidates are told
 * apart by their first letter without a copy or a lookup. Text as `asText` gives it (trimmed).
 */
export const nameInitial = (raw: string): number => {
  const lower = raw.charCodeAt(0) | 32;
  if (lower < 97 || lower > 122) return -1;
  // Plain letters keep their first; a first word longer than any title is never dropped.
  for (let run = 1; run <= LONGEST_TITLE; run++)
    if (run === raw.length) return lower;
    else if (((raw.charCodeAt(run) | 32) - 97) >>> 0 >= 26) return -1;
  return lower;
};

/** The key `prepareValue` would give, or '' for an empty value. */
export const keyOf = (kind: MatchKind, value: unknown): string => {
  const raw = comparedText(value);
  return raw ? keyFor(kind, raw) : '';
};
