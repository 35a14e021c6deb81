import { asText, codePointPrefix, fold, words } from './fold';
import { normaliseCity, normalisePostcode, normaliseStreet } from './normalise-address';
import { normaliseCompany } from './normalise-company';
import { normaliseEmail } from './normalise-email';
import { normaliseName } from './normalise-name';
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
// The digits of the number itself: an extension ("x12", "ext. 12", "#12") is not part of it. A plain loop: this
// runs for every candidate's phone, and a regex pass costs several times more.
const digitsBeforeExtension = (raw: string): string => {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) out += raw[i];
    else if (c === 35 || (c | 32) >= 97) break;
  }
  return out;
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
      return raw.replace(/\D+/g, '');
    case 'exact':
      return fold(raw).replace(/\s+/g, '');
    case 'text':
      return words(raw);
  }
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

/** The key `prepareValue` would give, or '' for an empty value. */
export const keyOf = (kind: MatchKind, value: unknown): string => {
  const raw = comparedText(value);
  return raw ? keyFor(kind, raw) : '';
};
