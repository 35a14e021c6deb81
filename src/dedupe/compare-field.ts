import { compareCity, comparePostcode, compareStreet } from './compare-address';
import { compareCompany } from './compare-company';
import { compareEmail, emailScreen } from './compare-email';
import { compareName } from './compare-name';
import { comparePhone, phoneScreen } from './compare-phone';
import { compareWebsite } from './compare-website';
import { agree, type Comparison, differ, EXACT, equalAs, NO, type Screen } from './comparison';
import { editDistance, withinOneEdit } from './edit-distance';
import { jaroWinkler } from './jaro-winkler';
import type { PreparedValue } from './prepared-value';
import type { MatchKind } from './types';

export type { Comparison } from './comparison';

/** Compares two prepared values of one field the way its kind compares: the level and how they agree. */
export const compareField = (kind: MatchKind, a: PreparedValue, b: PreparedValue): Comparison => {
  if (a.raw === b.raw) return EXACT;
  switch (kind) {
    case 'email':
      return compareEmail(a, b);
    case 'phone':
      return comparePhone(a, b);
    case 'first_name':
    case 'last_name':
    case 'full_name':
      return compareName(kind, a, b);
    case 'company':
      return compareCompany(a, b);
    case 'street':
      return compareStreet(a, b);
    case 'city':
      return compareCity(a, b);
    case 'postcode':
      return comparePostcode(a, b);
    case 'website':
      return compareWebsite(a, b);
    case 'date':
      return compareDate(a.key, b.key);
    case 'exact':
      if (a.key === b.key) return equalAs(a.raw, b.raw, 'spelling');
      return withinOneEdit(a.key, b.key) ? agree('partial', 'typo', 0.6) : NO;
    case 'text':
      if (a.key === b.key) return equalAs(a.raw, b.raw, 'spelling');
      return phrase(a.key, b.key);
  }
};

/** The screen for a typed value of `kind`, for the kinds whose values rarely repeat and are costly to prepare. */
export const screenFor = (kind: MatchKind, typed: PreparedValue): Screen | null =>
  kind === 'email' ? emailScreen(typed) : kind === 'phone' ? phoneScreen(typed) : null;

/** Dates as digits: another format, one mistyped digit, or day and month swapped. */
const compareDate = (x: string, y: string): Comparison => {
  if (x === y) return agree('equal', 'format');
  if (x.length !== y.length) return NO;
  if (withinOneEdit(x, y)) return agree('close', 'typo', 0.8);
  if (
    x.length === 8 &&
    x.slice(0, 4) === y.slice(0, 4) &&
    x.slice(4, 6) === y.slice(6, 8) &&
    x.slice(6, 8) === y.slice(4, 6)
  )
    return agree('close', 'dayMonth', 0.8);
  return NO;
};

/** Several words: a typo is a character or two, never a missing or extra word (Jaro-Winkler favours shared starts). */
const phrase = (a: string, b: string): Comparison => {
  if (withinOneEdit(a, b)) return agree('close', 'typo', 0.9);
  if (Math.min(a.length, b.length) >= 8 && editDistance(a, b, 2) <= 2) return agree('close', 'typo', 0.85);
  const jw = jaroWinkler(a, b);
  return jw >= 0.9 ? agree('partial', 'typo', jw) : differ(jw);
};
