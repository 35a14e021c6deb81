import { words } from './fold';

const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
]);

/** A person's name for comparison: case, accents, punctuation and titles gone ("Dr. José O'Neil, Jr." -> "jose oneil"). */
export const normaliseName = (raw: string): string =>
  words(raw)
    .split(' ')
    .filter((w) => w && !TITLES.has(w))
    .join(' ');
