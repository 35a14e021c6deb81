import { agree, type Comparison, NO, type Screen } from './comparison';
import { withinOneEdit } from './edit-distance';
import { normalisePhone, type Phone, samePhone } from './normalise-phone';
import { MAX_COMPARED, type PreparedValue, startsExtension } from './prepared-value';

// A local number without area code has 7 digits in the North American plan (and 7-8 in many others): it can
// only be told apart by those subscriber digits.
const SUBSCRIBER = 7;

/** Phones by their digits: one number in another format, a number stored without its area code, one typo. */
export const comparePhone = (a: PreparedValue, b: PreparedValue): Comparison => {
  const x = a.key;
  const y = b.key;
  if (!y || !x) return NO;
  if (x === y) return agree('equal', 'format');
  if (sameEnd(x, y, SUBSCRIBER)) {
    const p = normalisePhone(a.raw);
    const q = normalisePhone(b.raw);
    if (p && q && samePhone(p, q)) return agree('equal', 'format');
    if (otherCountries(p, q)) return NO;
    // One side was stored without its area or country code: what it has is the end of the other.
    if (x.length !== y.length && storedShort(x.length < y.length ? x : y, x.length < y.length ? y : x))
      return agree('equal', 'format', 0.9);
  }
  if (x.length < SUBSCRIBER) return NO;
  const short = Math.min(x.length, y.length) === SUBSCRIBER;
  const typo = withinOneEdit(x, y)
    ? agree('close', 'typo', 0.7)
    : short && withinOneEdit(x.slice(-SUBSCRIBER), y.slice(-SUBSCRIBER))
      ? agree('close', 'typo', 0.6)
      : NO;
  // One digit apart in two countries' codes is two numbers, not a typo.
  return typo.how && otherCountries(normalisePhone(a.raw), normalisePhone(b.raw)) ? NO : typo;
};

/** Whether both numbers have at least `n` digits and the same last `n`, compared in place. */
const sameEnd = (x: string, y: string, n: number): boolean => {
  if (x.length < n || y.length < n) return false;
  for (let i = x.length - 1, j = y.length - 1, k = 0; k < n; i--, j--, k++)
    if (x.charCodeAt(i) !== y.charCodeAt(j)) return false;
  return true;
};

const otherCountries = (p: Phone | null, q: Phone | null): boolean =>
  !!p?.country && !!q?.country && p.country !== q.country;

/** The shorter number, with or without a trunk 0, is the end of the longer and keeps its subscriber digits. */
const storedShort = (short: string, long: string): boolean => {
  const bare = short.replace(/^0+/, '');
  return (
    (short.length >= SUBSCRIBER && long.endsWith(short)) || (bare.length >= SUBSCRIBER && long.endsWith(bare))
  );
};

// Each digit's count among seven digits (0..7) fits three bits: ten of them pack into one integer.
const DIGIT_BITS = 3;

/**
 * A test on a candidate's number as stored (`asText`), before it is prepared: true only when `comparePhone` would
 * find it a plain disagreement with `typed` and its digits are not empty. Every agreement `comparePhone` allows
 * (the same digits, the same last seven, one typo in the whole number or in the last seven) leaves the last seven
 * digits of both numbers with at most one digit not shared; the test counts them without copying the digits.
 */
export const phoneScreen = (typed: PreparedValue): Screen => {
  const x = typed.key;
  let own = 0;
  for (let i = Math.max(0, x.length - SUBSCRIBER); i < x.length; i++)
    own += 1 << (DIGIT_BITS * (x.charCodeAt(i) - 48));
  const nx = Math.min(x.length, SUBSCRIBER);
  return (y) => {
    if (y.length > MAX_COMPARED) return false;
    let end = y.length;
    for (let i = 0; i < end; i++) if (startsExtension(y.charCodeAt(i))) end = i;
    let counted = 0;
    let ny = 0;
    let shared = 0;
    for (let i = end - 1; i >= 0 && ny < SUBSCRIBER; i--) {
      const d = y.charCodeAt(i) - 48;
      if (d < 0 || d > 9) continue;
      ny++;
      const shift = DIGIT_BITS * d;
      const seen = (counted >>> shift) & 7;
      counted += 1 << shift;
      if (seen < ((own >>> shift) & 7)) shared++;
      // Two digits not shared already rule it out, however many are left to read.
      else if (ny - shared > 1) return true;
    }
    return ny > 0 && Math.max(nx, ny) - shared > 1;
  };
};
