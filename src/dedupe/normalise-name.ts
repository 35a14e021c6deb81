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
export const normaliseName = (raw: string): string => {
  const text = words(raw);
  return hasTitle(text)
    ? text
        .split(' ')
        .filter((w) => w && !TITLES.has(w))
        .join(' ')
    : text;
};

/** Titles are short words ("prof", "miss"): a longer run of letters is never one. */
export const LONGEST_TITLE = Math.max(...[...TITLES].map((t) => t.length));

// Most names are told title-free without being split.
const hasTitle = (text: string): boolean => {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end - start <= LONGEST_TITLE && TITLES.has(text.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
};
