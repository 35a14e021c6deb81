import { agree, type Comparison, NO } from './comparison';
import { withinOneEdit } from './edit-distance';
import { normalisePhone, samePhone } from './normalise-phone';
import type { PreparedValue } from './prepared-value';

// A local number without area code has 7 digits in the North American plan (and 7-8 in many others): it can
// only be told apart by those subscriber digits.
const SUBSCRIBER = 7;

/** Phones by their digits: one number in another format, a number stored without its area code, one typo. */
export const comparePhone = (a: PreparedValue, b: PreparedValue): Comparison => {
  const x = a.key;
  const y = b.key;
  if (!y || !x) return NO;
  if (x === y) return agree('equal', 'format');
  const tail = x.slice(-SUBSCRIBER);
  if (tail.length === SUBSCRIBER && y.endsWith(tail)) {
    const p = normalisePhone(a.raw);
    const q = normalisePhone(b.raw);
    if (p && q && samePhone(p, q)) return agree('equal', 'format');
    // One side has only the subscriber digits: the rest of the other is an area or country code.
    if (Math.min(x.length, y.length) === SUBSCRIBER) return agree('equal', 'format', 0.9);
  }
  if (x.length < SUBSCRIBER) return NO;
  if (withinOneEdit(x, y)) return agree('close', 'typo', 0.7);
  const short = Math.min(x.length, y.length) === SUBSCRIBER;
  return short && withinOneEdit(x.slice(-SUBSCRIBER), y.slice(-SUBSCRIBER))
    ? agree('close', 'typo', 0.6)
    : NO;
};
