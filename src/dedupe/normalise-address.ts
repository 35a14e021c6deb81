import { words } from './fold';
import { ownEntry } from './own-entry';

// Compass directions as the USPS writes them short (USPS Publication 28, appendix B).
const DIRECTION_WORDS: Readonly<Record<string, string>> = {
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
  ne: 'northeast',
  nw: 'northwest',
  se: 'southeast',
  sw: 'southwest',
};

// Street suffixes and directions as the USPS writes them out (USPS Publication 28, appendices B and C: the common
// rows), so "221 E. 51st St." and "221 East 51st Street" share one key.
const LONG: Readonly<Record<string, string>> = {
  st: 'street',
  str: 'street',
  ave: 'avenue',
  av: 'avenue',
  avn: 'avenue',
  rd: 'road',
  blvd: 'boulevard',
  boul: 'boulevard',
  dr: 'drive',
  drv: 'drive',
  ln: 'lane',
  ct: 'court',
  pl: 'place',
  plz: 'plaza',
  sq: 'square',
  ter: 'terrace',
  terr: 'terrace',
  cir: 'circle',
  hwy: 'highway',
  pkwy: 'parkway',
  pky: 'parkway',
  expy: 'expressway',
  fwy: 'freeway',
  trl: 'trail',
  aly: 'alley',
  cres: 'crescent',
  ctr: 'center',
  centre: 'center',
  hts: 'heights',
  mt: 'mount',
  ft: 'fort',
  ...DIRECTION_WORDS,
};
// Words that introduce a unit inside a building; the unit is not part of the street (USPS Pub. 28, appendix C2).
const UNIT = new Set(['apt', 'apartment', 'suite', 'ste', 'unit', 'fl', 'floor', 'rm', 'room', 'bldg', 'no']);
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
// Ordinals spelt out name the same streets as their figures: "854 Seventh Ave." is "854 7th Ave.".
const ORDINAL_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
    .split(' ')
    .map((word, i) => [word, String(i + 1)]),
);

/** Compass directions spelt out: "100 N Main" and "100 S Main" are two streets, not a typo apart. */
export const DIRECTIONS: ReadonlySet<string> = new Set(Object.values(DIRECTION_WORDS));

// Street types spelt out: a street name is often written with another type or none ("Pulaski Rd", "Pulaski").
export const STREET_TYPES: ReadonlySet<string> = new Set([
  'street',
  'avenue',
  'road',
  'boulevard',
  'drive',
  'lane',
  'court',
  'place',
  'plaza',
  'square',
  'terrace',
  'circle',
  'parkway',
  'expressway',
  'freeway',
  'trail',
  'alley',
  'crescent',
  'way',
]);
// Words a number belongs to as part of the street's name ("Route 9", "County Road 12", "PO Box 12").
const NUMBERED = new Set([
  'route',
  'rte',
  'highway',
  'road',
  'county',
  'state',
  'interstate',
  'us',
  'box',
  'hwy',
]);
// A house number range, "3450-54 W 79th St": the first number stands for the building.
const RANGE = /^(\s*\d+)\s*-\s*\d+\b/;
// "S.Dearborn": an abbreviation's dot joined to the next word still separates the two.
const JOINED_DOT = /\.(?=[^\s\d.])/g;

/**
 * A street line's key: lower case, suffixes and directions spelt out, ordinals (in figures or words) as numbers, a
 * house number range by its first number, units dropped (after a unit word, after "#", and numbers trailing the
 * street's name).
 */
export const normaliseStreet = (raw: string): string => {
  const tokens = words(
    raw
      .replace(RANGE, '$1')
      .replace(JOINED_DOT, '. ')
      .replace(/#\s*\w+/g, ' '),
  ).split(' ');
  const out: string[] = [];
  // How many of the last tokens out are numbers as typed (not ordinals, which name streets: "W 5th").
  let trailingNumbers = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (!t) continue;
    if (UNIT.has(t) && i > 0) {
      i++;
      continue;
    }
    const ordinal = ORDINAL.exec(t);
    // "St" before a name is Saint ("St Marks Place"); after one it is Street.
    if (t === 'st' && out.length === 1 && i < tokens.length - 1 && /^\d/.test(out[0] ?? ''))
      out.push('saint');
    else out.push(ordinal ? (ordinal[1] ?? t) : (ownEntry(ORDINAL_WORDS, t) ?? ownEntry(LONG, t) ?? t));
    trailingNumbers = !ordinal && /\d/.test(t) ? trailingNumbers + 1 : 0;
  }
  // "160 N LaSalle N201", "1020 West Bryn Mawr 211": a number after the name is a unit, unless the name is numbered.
  while (
    trailingNumbers-- > 0 &&
    out.length > 2 &&
    /\d/.test(out[out.length - 1] ?? '') &&
    !NUMBERED.has(out[out.length - 2] ?? '')
  )
    out.pop();
  return out.join(' ');
};

/** A city's key: words, with "St"/"Ft"/"Mt" spelt out ("St. Louis" = "Saint Louis"). */
export const normaliseCity = (raw: string): string =>
  words(raw).replace(/^st /, 'saint ').replace(/^ft /, 'fort ').replace(/^mt /, 'mount ');

/** A postcode's key: letters and digits in upper case ("sw1a 1aa" = "SW1A1AA"). */
export const normalisePostcode = (raw: string): string => raw.replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();

// Postcodes in two parts, an area and a unit of a few streets within it, the unit always three characters: British
// ("TQ13 8DF": outward code TQ13, inward 8DF; Royal Mail's format) and Canadian ("K1A 0B1": forward sortation area
// K1A, local delivery unit 0B1; Canada Post's format).
const AREA_AND_UNIT = /^([A-Z]{1,2}\d[A-Z\d]?)\d[A-Z]{2}$|^([A-Z]\d[A-Z])\d[A-Z]\d$/;

/** The area of a British or Canadian postcode key (`normalisePostcode`): "TQ13" of "TQ138DF"; null for others. */
export const postcodeArea = (key: string): string | null => {
  const m = AREA_AND_UNIT.exec(key);
  return m ? (m[1] ?? m[2] ?? null) : null;
};
