/** A phone number reduced to what identifies it, whatever format it was typed in. */
export type Phone = {
  /** Country calling code when known ("1", "44"), else null: the number was typed nationally. */
  readonly country: string | null;
  /** National significant number, digits only, no trunk 0. */
  readonly national: string;
  readonly extension: string | null;
};

const EXTENSION = /\s*(?:ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i;
// Two-digit country codes; anything else starting 2-9 is taken as three digits (ITU E.164 zones).
const TWO_DIGIT = new Set(
  '20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(
    ' ',
  ),
);

/** Parses a number with full numbering-plan metadata; `region` is the org's ISO country (e.g. "DE"), when known. */
export type PhoneParser = (raw: string, region: string | null) => Phone | null;

let parser: PhoneParser | null = null;
let orgRegion: string | null = null;

/**
 * Numbers are read with `parse` from now on, national ones as numbers of `region`. Until one is given (the
 * library is loaded where bundle size does not matter, and lazily elsewhere), the built-in reading applies.
 */
export const usePhoneParser = (parse: PhoneParser | null, region: string | null = null): void => {
  parser = parse;
  orgRegion = region;
};

/** Loads the numbering-plan library (its small metadata) and reads numbers with it from then on. */
export const loadPhoneLibrary = async (region: string | null = null): Promise<void> => {
  const { libraryPhone } = await import('./phone-library');
  usePhoneParser(libraryPhone, region);
};

const INTERNATIONAL = /^\s*(\+|00)/;
const NANP = /^\s*(\+|00)\s*1/;

export const normalisePhone = (raw: string, defaultCountry = '1'): Phone | null => {
  // The library knows every country's code length and trunk prefix; North American numbers need none of it.
  if (parser && (orgRegion !== null || (INTERNATIONAL.test(raw) && !NANP.test(raw)))) {
    const parsed = parser(raw, orgRegion);
    if (parsed) return parsed;
  }
  return builtIn(raw, defaultCountry);
};

const builtIn = (raw: string, defaultCountry: string): Phone | null => {
  const ext = EXTENSION.exec(raw);
  const body = ext ? raw.slice(0, ext.index) : raw;
  const international = INTERNATIONAL.test(body);
  let digits = body.replace(/\D+/g, '');
  if (body.trimStart().startsWith('00')) digits = digits.slice(2);
  if (digits.length < 4) return null;
  const extension = ext?.[1] ?? null;
  if (international) return { ...splitCountry(digits), extension };
  if (defaultCountry === '1' && digits.length === 11 && digits.startsWith('1'))
    return { country: '1', national: digits.slice(1), extension };
  return { country: null, national: digits.replace(/^0+/, ''), extension };
};

const splitCountry = (digits: string): Omit<Phone, 'extension'> => {
  if (digits.startsWith('1') || digits.startsWith('7'))
    return { country: digits.slice(0, 1), national: digits.slice(1) };
  const two = digits.slice(0, 2);
  const size = TWO_DIGIT.has(two) ? 2 : 3;
  return { country: digits.slice(0, size), national: digits.slice(size).replace(/^0+/, '') };
};

/** Same number: national parts equal and country codes agree or one side is national only. */
export const samePhone = (a: Phone, b: Phone): boolean =>
  a.national === b.national && (a.country === null || b.country === null || a.country === b.country);

/**
 * The ways people commonly store one number, most common first: Zoho search matches phones as stored, so a
 * search must ask for each spelling.
 */
export const phoneSpellings = (raw: string, defaultCountry = '1'): readonly string[] => {
  const p = normalisePhone(raw, defaultCountry);
  const typed = raw.trim();
  if (!p) return typed ? [typed] : [];
  const n = p.national;
  // A national number of unknown country is searched as stored nationally: no country code is made up for it.
  const cc = p.country ?? (n.length === 10 ? defaultCountry : null);
  const spellings =
    cc === '1' && n.length === 10
      ? nanp(n.slice(0, 3), n.slice(3, 6), n.slice(6))
      : n.length === 7
        ? [n, `${n.slice(0, 3)}-${n.slice(3)}`]
        : cc
          ? [n, `+${cc}${n}`, `0${n}`, `+${cc} ${n}`]
          : [n, `0${n}`];
  return [...new Set([typed, ...spellings])];
};

const nanp = (a: string, b: string, c: string): readonly string[] => [
  `${a}${b}${c}`,
  `+1${a}${b}${c}`,
  `(${a}) ${b}-${c}`,
  `${a}-${b}-${c}`,
  `+1 (${a}) ${b}-${c}`,
  `+1 ${a}-${b}-${c}`,
  `${a}.${b}.${c}`,
  `${a} ${b} ${c}`,
  `+1 ${a} ${b} ${c}`,
  `1-${a}-${b}-${c}`,
  // The same number kept without its area code, as local directories print it.
  `${b}${c}`,
  `${b}-${c}`,
];
