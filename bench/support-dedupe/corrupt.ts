/** Seeded corruptions people and OCR make when a record is typed again. */
export type Random = () => number;

/** mulberry32: a small seeded generator, so every data set is reproducible from its seed. */
export const seeded = (seed: number): Random => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

// Neighbouring keys on a QWERTY keyboard.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const near = (c: string, r: Random): string => {
  for (const [y, row] of ROWS.entries()) {
    const x = row.indexOf(c);
    if (x < 0) continue;
    const options = [row[x - 1], row[x + 1], ROWS[y - 1]?.[x], ROWS[y + 1]?.[x]].filter(
      (v): v is string => !!v,
    );
    return pick(r, options);
  }
  return c;
};
const OCR: readonly (readonly [string, string])[] = [
  ['m', 'rn'],
  ['l', '1'],
  ['o', '0'],
  ['i', 'l'],
  ['e', 'c'],
  ['s', '5'],
];
const SOUND: readonly (readonly [string, string])[] = [
  ['ph', 'f'],
  ['c', 'k'],
  ['ie', 'y'],
  ['th', 't'],
  ['ee', 'ea'],
  ['s', 'z'],
];

/** One keyboard, OCR or phonetic error somewhere in the word (rarely the first letter). */
export const typo = (s: string, r: Random): string => {
  if (s.length < 2) return s;
  const kind = r();
  if (kind < 0.15) {
    const [a, b] = pick(r, OCR);
    if (s.includes(a)) return s.replace(a, b);
  } else if (kind < 0.3) {
    const [a, b] = pick(r, SOUND);
    if (s.includes(a)) return s.replace(a, b);
  }
  const i = r() < 0.1 ? 0 : 1 + Math.floor(r() * (s.length - 1));
  const c = s[i] ?? '';
  const op = r();
  if (op < 0.35) return s.slice(0, i) + near(c.toLowerCase(), r) + s.slice(i + 1);
  if (op < 0.6) return s.slice(0, i) + s.slice(i + 1);
  if (op < 0.8 && i + 1 < s.length) return s.slice(0, i) + s[i + 1] + c + s.slice(i + 2);
  return s.slice(0, i) + c + c + s.slice(i + 1);
};
