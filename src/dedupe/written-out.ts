import { words } from './fold';

// Letters a keyboard without them writes as two (German, Danish, Norwegian, Swedish conventions).
const WRITTEN_OUT: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
};
const WRITABLE = /[äöüßæøå]/iu;
const WRITTEN = /[äöüßæøå]/gu;

/**
 * Whether two values are one spelling once letters such as "ü" are written out as two ("Müller", "Mueller";
 * "Køge", "Koege"), case and punctuation aside. False at once for text without those letters.
 */
export const sameWrittenOut = (a: string, b: string): boolean => {
  if (!WRITABLE.test(a) && !WRITABLE.test(b)) return false;
  const out = (s: string) =>
    words(s.toLowerCase().replace(WRITTEN, (c) => WRITTEN_OUT[c] ?? c)).replaceAll(' ', '');
  return out(a) === out(b);
};
