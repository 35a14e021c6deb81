import { agree, type Comparison, differ, equalAs, NO } from './comparison';
import { editDistance, withinOneEdit } from './edit-distance';
import { jaroWinkler } from './jaro-winkler';
import { DIRECTIONS, postcodeArea, STREET_TYPES } from './normalise-address';
import type { PreparedValue } from './prepared-value';
import { sameWrittenOut } from './written-out';

const HOUSE = /^\d+[a-z]?$/;

/** Street lines: the house number must agree; the street name may differ by spelling, a typo or a missing suffix. */
export const compareStreet = (a: PreparedValue, b: PreparedValue): Comparison => {
  if (a.key === b.key) return equalAs(a.raw, b.raw, 'address');
  const x = a.key.split(' ');
  const y = b.key.split(' ');
  const nx = HOUSE.test(x[0] ?? '') ? x.shift() : undefined;
  const ny = HOUSE.test(y[0] ?? '') ? y.shift() : undefined;
  if (nx && ny && nx !== ny) return NO;
  const sx = x.join(' ');
  const sy = y.join(' ');
  if (!sx || !sy || otherDirection(x, y)) return NO;
  const sameNumber = nx !== undefined && nx === ny;
  if (sx === sy) return sameNumber ? agree('equal', 'address') : agree('partial', 'address', 0.6);
  const near = sameName(x, y, sx, sy);
  if (!near) return differ(jaroWinkler(sx, sy));
  return sameNumber
    ? agree('close', near === 'words' ? 'address' : 'typo', 0.85)
    : agree('partial', 'typo', 0.5);
};

/**
 * Both name directions and none in common ("east 51 street", "west 51 street"): another street. A direction on one
 * side only, or a shared one beside another ("N." also abbreviates a unit's "No."), decides nothing.
 */
const otherDirection = (x: readonly string[], y: readonly string[]): boolean => {
  const dx = x.filter((w) => DIRECTIONS.has(w));
  const dy = y.filter((w) => DIRECTIONS.has(w));
  return dx.length > 0 && dy.length > 0 && !dx.some((w) => dy.includes(w));
};

/** Street names alike: one typo, or one name's words all in the other ("51 street" in "east 51 street"). */
const sameName = (
  x: readonly string[],
  y: readonly string[],
  sx: string,
  sy: string,
): 'typo' | 'words' | null => {
  if (withinOneEdit(sx, sy) || (Math.min(sx.length, sy.length) >= 8 && editDistance(sx, sy, 2) <= 2))
    return 'typo';
  // "Pulaski Road" and "Pulaski Street": the same name under another street type.
  const nameOnly = (w: readonly string[]) => w.filter((t) => !STREET_TYPES.has(t)).join(' ');
  const bare = nameOnly(x);
  if (bare && bare === nameOnly(y) && /[a-z]/.test(bare)) return 'words';
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const hits = short.filter(
    (w) => long.includes(w) || long.some((v) => v.length >= 5 && withinOneEdit(v, w)),
  );
  return hits.length === short.length && hits.some((w) => w.length > 2 && !/^\d+$/.test(w)) ? 'words' : null;
};

/** Cities: spelling and one typo; any other difference is another city. */
export const compareCity = (a: PreparedValue, b: PreparedValue): Comparison => {
  if (a.key === b.key || sameWrittenOut(a.raw, b.raw)) return equalAs(a.raw, b.raw, 'spelling');
  if (Math.min(a.key.length, b.key.length) >= 4 && withinOneEdit(a.key, b.key))
    return agree('close', 'typo', 0.9);
  return NO;
};

/**
 * Postcodes: format, a US ZIP+4 against its ZIP, one mistyped character, and the same area with another unit (a
 * move within a district, or a mistyped unit), which is weak evidence rather than a disagreement.
 */
export const comparePostcode = (a: PreparedValue, b: PreparedValue): Comparison => {
  const x = a.key;
  const y = b.key;
  if (x === y) return agree('equal', 'format');
  if (/^\d{5}$/.test(x.slice(0, 5)) && x.slice(0, 5) === y.slice(0, 5) && (x.length === 5 || y.length === 5))
    return agree('equal', 'format');
  if (x.length === y.length && x.length >= 4 && withinOneEdit(x, y)) return agree('partial', 'typo', 0.6);
  const area = postcodeArea(x);
  if (area && area === postcodeArea(y)) return agree('partial', 'area', 0.5);
  return NO;
};
