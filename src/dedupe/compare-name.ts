import { agree, type Comparison, differ, equalAs } from './comparison';
import { withinOneEdit } from './edit-distance';
import { jaroWinkler } from './jaro-winkler';
import { areNicknames } from './nicknames';
import { phoneticKey } from './phonetic-key';
import type { PreparedValue } from './prepared-value';
import type { MatchKind } from './types';
import { sameWrittenOut } from './written-out';

/** First, last or full names: spelling, nickname, initial, one part of a double name, typo, sound. */
export const compareName = (kind: MatchKind, a: PreparedValue, b: PreparedValue): Comparison => {
  const x = a.key;
  const y = b.key;
  if (x === y || sameJoined(x, y) || sameWrittenOut(a.raw, b.raw)) return equalAs(a.raw, b.raw, 'spelling');
  if (kind !== 'last_name' && areNicknames(firstWord(x), firstWord(y)))
    return agree('close', 'nickname', 0.9);
  if (isInitial(x, y)) return agree('partial', 'initial', 0.5);
  // A double name and one of its parts ("Smith-Jones", "Smith") share a part whichever part it is: told before
  // the typo test, which would take a shared first part for a typo.
  if (x.includes(' ') || y.includes(' ')) {
    const parts = sharedPart(x, y);
    if (parts) return parts;
  }
  const near = fuzzy(x, y);
  if (near.how) return near;
  if (soundAlikeStart(x, y)) {
    // A key of one letter ("Leo", "Lilly": L) says nothing about how a name sounds.
    const key = phoneticOf(x);
    if (key.length > 1 && key === phoneticKey(y)) return agree('close', 'phonetic', 0.85);
  }
  const letters = sameLetters(x, y);
  return letters > 0 ? agree('close', 'typo', letters) : near;
};

// Letters counted per name; one typed name meets many candidates, so its counts are kept.
const typedCounts = new Int16Array(26);
const counts = new Int16Array(26);
let counted: string | null = null;
let typedLetters = 0;

const letters = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) - 97) >>> 0 < 26) n++;
  return n;
};

/**
 * Typing that scrambles letters ("Wlalace", "lmeAi", "Eh na"): the letters of one name are those of the other,
 * in another order, with at most one dropped or added. Dice overlap of the two letter multisets (0..1) when it
 * reaches 0.85 and the names have four and five letters or more, else 0. Letters outside a-z are compared by the
 * others. Names whose letter counts already rule it out are not counted letter by letter.
 */
const sameLetters = (x: string, y: string): number => {
  if (counted !== x) {
    typedCounts.fill(0);
    for (let i = 0; i < x.length; i++) {
      const c = x.charCodeAt(i) - 97;
      if (c >= 0 && c < 26) typedCounts[c] = (typedCounts[c] ?? 0) + 1;
    }
    typedLetters = letters(x);
    counted = x;
  }
  const lx = typedLetters;
  const ly = letters(y);
  // Four-letter anagrams are often other names (Leon, Noel): one of the two must have five letters or more.
  if (Math.min(lx, ly) < 4 || Math.max(lx, ly) < 5 || Math.abs(lx - ly) > 1) return 0;
  counts.set(typedCounts);
  let shared = 0;
  for (let i = 0; i < y.length; i++) {
    const c = y.charCodeAt(i) - 97;
    if (c < 0 || c >= 26) continue;
    const left = counts[c] ?? 0;
    if (left > 0) {
      counts[c] = left - 1;
      shared++;
    }
  }
  const dice = (2 * shared) / (lx + ly);
  return dice >= 0.85 ? dice : 0;
};

/** One name written with and without spaces ("Mc Donald", "McDonald"; "van der Berg", "Vanderberg"). */
const sameJoined = (x: string, y: string): boolean =>
  (x.includes(' ') || y.includes(' ')) && x.replaceAll(' ', '') === y.replaceAll(' ', '');

const spaces = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
};

const firstWord = (s: string): string => {
  const space = s.indexOf(' ');
  return space < 0 ? s : s.slice(0, space);
};

/** "Smith-Jones" and "Smith", "Mary Ann" and "Mary", or the same words in another order. */
const sharedPart = (x: string, y: string): Comparison | null => {
  // Every word of the name with fewer words must be found in the other: one that is not even found as text
  // rules the pair out before any split.
  const fewer = spaces(x) <= spaces(y);
  const first = firstWord(fewer ? x : y);
  if (!(fewer ? y : x).includes(first)) return null;
  const a = x.split(' ');
  const b = y.split(' ');
  if (a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' '))
    return agree('equal', 'order');
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shared = short.filter((w) => w.length > 1 && long.includes(w)).length;
  return shared > 0 && shared === short.length ? agree('close', 'part', 0.8) : null;
};

// One typed name meets thousands of candidates: its own phonetic key is worked out once.
let lastName = '';
let lastKey = '';
const phoneticOf = (name: string): string => {
  if (name !== lastName) {
    lastName = name;
    lastKey = phoneticKey(name);
  }
  return lastKey;
};

// Starts a phonetic key can reconcile (Catherine/Kathryn, Philip/Filip); other different starts never match.
const SOUND_CLASS = new Map<number, number>();
for (const [n, group] of ['ckqsxz', 'fpv', 'gj', 'aeiouy'].entries())
  for (const ch of group) SOUND_CLASS.set(ch.charCodeAt(0), n);
const soundAlikeStart = (a: string, b: string): boolean => {
  const x = a.charCodeAt(0);
  const y = b.charCodeAt(0);
  return x === y || (SOUND_CLASS.get(x) ?? -1) === (SOUND_CLASS.get(y) ?? -2);
};

const isInitial = (a: string, b: string): boolean =>
  (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/** One edit apart is a typo (at any position); otherwise Jaro-Winkler, which forgives words that start alike. */
const fuzzy = (a: string, b: string): Comparison => {
  if (Math.min(a.length, b.length) >= 3 && withinOneEdit(a, b))
    return agree('close', 'typo', Math.max(0.9, jaroWinkler(a, b)));
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return differ();
  const jw = jaroWinkler(a, b);
  if (jw >= 0.9) return agree('close', 'typo', jw);
  return jw >= 0.84 ? agree('partial', 'typo', jw) : differ(jw);
};
