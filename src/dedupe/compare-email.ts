import { agree, type Comparison, differ, NO, type Screen } from './comparison';
import { editDistance, withinOneEdit } from './edit-distance';
import { canonicalEmail, isRoleAddress } from './normalise-email';
import { MAX_COMPARED, type PreparedValue } from './prepared-value';

/**
 * Case, provider aliases (dots, +tags), typos in the local part or the domain, name parts in another order, and
 * the same local part at another provider. A shared role address (info@) is weak evidence whatever the level.
 * Most candidates share nothing with the typed address: cheap character checks turn them away before any copy.
 */
export const compareEmail = (a: PreparedValue, b: PreparedValue): Comparison => {
  const x = a.key;
  const y = b.key;
  const ax = x.lastIndexOf('@');
  const ay = y.lastIndexOf('@');
  if (x === y) return ax >= 0 && isRoleAddress(x) ? agree('partial', 'role') : agree('equal', 'case');
  if (ax < 0 || ay < 0) return wholeAddress(x, y);
  if (sameTail(x, ax, y, ay)) {
    const lx = x.slice(0, ax);
    const ly = y.slice(0, ay);
    if (isRoleAddress(x) || isRoleAddress(y)) return NO;
    if (canonicalEmail(x) === canonicalEmail(y)) return agree('equal', 'alias');
    const d = editDistance(lx, ly, 2);
    if (d <= 1 || (d === 2 && Math.min(lx.length, ly.length) >= 6)) return agree('close', 'typo', 1 - d / 10);
    return sameParts(lx, ly) ? agree('close', 'order') : NO;
  }
  // Another domain: the mailbox must be the same or one typo away, which keeps its first or its last character;
  // else the whole address may be a typo or two away, its "@" or a dot among them.
  if (
    Math.abs(ax - ay) > 1 ||
    (x.charCodeAt(0) !== y.charCodeAt(0) && x.charCodeAt(ax - 1) !== y.charCodeAt(ay - 1))
  )
    return wholeAddress(x, y);
  const lx = x.slice(0, ax);
  const ly = y.slice(0, ay);
  if (lx !== ly && !withinOneEdit(lx, ly)) return wholeAddress(x, y);
  // The domain misspelt ("gmial.com") or the mailbox kept at another provider.
  if (editDistance(x.slice(ax + 1), y.slice(ay + 1), 2) <= 2) return agree('close', 'typo', 0.8);
  return lx === ly && lx.length >= 5 && !isRoleAddress(x) ? agree('partial', 'part', 0.5) : differ();
};

// Long enough that two typos leave most of the address as it was.
const MIN_WHOLE = 10;

/**
 * Two addresses as plain text: within two typos, or a sixth of the longer address, is a typo (random addresses
 * almost never come that close; one person's address retyped often does). Addresses as long as that but garbled
 * further, within a quarter of the longer, are neither evidence for nor against (partial); anything else differs.
 */
const wholeAddress = (x: string, y: string): Comparison => {
  const long = Math.max(x.length, y.length);
  if (Math.min(x.length, y.length) < MIN_WHOLE) return editDistance(x, y, 1) <= 1 ? TYPO : NO;
  const near = Math.max(2, Math.floor(long / 6));
  if (Math.abs(x.length - y.length) > near) return NO;
  const garbled = Math.max(near, Math.floor(long / 4));
  const d = editDistance(x, y, garbled);
  if (d <= near) return agree('close', 'typo', 1 - d / long);
  return d <= garbled ? agree('partial', 'typo', 1 - d / long) : NO;
};
const TYPO = agree('close', 'typo', 0.8);

/** Whether both addresses have the same text from their "@" on, without copying it. */
const sameTail = (x: string, ax: number, y: string, ay: number): boolean => {
  if (x.length - ax !== y.length - ay) return false;
  for (let i = ax, j = ay; i < x.length; i++, j++) if (x.charCodeAt(i) !== y.charCodeAt(j)) return false;
  return true;
};

// The same parts in another order join to the same length: most mailboxes are told apart without a split.
const sameParts = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false;
  const x = a.split(/[._-]/);
  return x.length > 1 && x.sort().join('.') === b.split(/[._-]/).sort().join('.');
};

const atAt = (s: string, i: number): boolean => s.charCodeAt(i) === 64;

/**
 * A test on a candidate's address as stored (`asText`), before it is prepared: true only when `compareEmail` would
 * find it a plain disagreement with `typed` and it is not empty once prepared. Lengths decide it: a typo or two
 * keeps the length within `wholeAddress`'s reach, the same domain keeps the text from the "@" as long, another
 * domain keeps the mailbox within a character. Anything the normaliser would reshape (angle brackets, "mailto:",
 * more than Zoho's 255 characters, the one letter whose lower case is two) is left to the full comparison.
 */
export const emailScreen = (typed: PreparedValue): Screen => {
  const x = typed.key;
  const lx = x.length;
  const ax = x.lastIndexOf('@');
  return (y) => {
    const ly = y.length;
    const c0 = y.charCodeAt(0);
    if (ly === 0 || ly > MAX_COMPARED || c0 === 60 || ((c0 | 32) === 109 && y.charCodeAt(6) === 58))
      return false;
    if (Math.abs(lx - ly) <= Math.max(2, Math.floor(Math.max(lx, ly) / 6))) return false;
    // Either agreement needs the last "@" where the typed domain's length or mailbox's puts it: with no "@" at any
    // of those places, neither holds, and the address is not searched for its "@".
    if (ax >= 0 && (atAt(y, ly - lx + ax) || atAt(y, ax - 1) || atAt(y, ax) || atAt(y, ax + 1))) {
      const ay = y.lastIndexOf('@');
      if (ay >= 0 && (lx - ax === ly - ay || Math.abs(ax - ay) <= 1)) return false;
    }
    return y.indexOf('\u0130') < 0;
  };
};
