import { agree, type Comparison, differ, equalAs } from './comparison';
import { editDistance, withinOneEdit } from './edit-distance';
import { jaroWinkler } from './jaro-winkler';
import type { PreparedValue } from './prepared-value';

const LINK = new Set(['and', 'of', 'for', 'the', 'de', 'la']);

// Words that say what kind of organisation a name is, not which one: "Bernier and Sons" and "Fay and Sons", "Cafe
// Roma" and "Cafe Milano" share one and nothing else.
const GENERIC = new Set(
  'sons brothers bros group holdings partners associates enterprises industries international global national services service solutions systems consulting management trading center centre cafe restaurant bar grill hotel shop store'.split(
    ' ',
  ),
);

/**
 * Company names (keys without legal suffix or "The"): order, acronyms, typos, one name inside the other (or most of
 * it), words written short.
 */
export const compareCompany = (a: PreparedValue, b: PreparedValue): Comparison => {
  const x = a.key;
  const y = b.key;
  if (x === y) return equalAs(a.raw, b.raw, 'suffix');
  if (withinOneEdit(x, y) || (Math.min(x.length, y.length) >= 8 && editDistance(x, y, 2) <= 2))
    return agree('close', 'typo', 0.9);
  const wx = x.split(' ');
  const wy = y.split(' ');
  if (wx.length === wy.length && wx.length > 1 && [...wx].sort().join(' ') === [...wy].sort().join(' '))
    return agree('equal', 'order');
  if (isAcronym(wx, wy) || isAcronym(wy, wx)) return agree('close', 'acronym', 0.8);
  const [short, long] = wx.length <= wy.length ? [wx, wy] : [wy, wx];
  const shared = short.filter((w) => long.some((v) => v === w || (w.length >= 5 && withinOneEdit(v, w))));
  const meaningful = shared.filter((w) => !LINK.has(w) && w.length > 2);
  if (shared.length === short.length && meaningful.length > 0)
    return agree(short.length > 1 ? 'close' : 'partial', 'part', shared.length / long.length);
  // "Chinese Amer Svc League" for "Chinese American Service League": the rest written short, weaker evidence.
  if (
    meaningful.length > 0 &&
    short.every((w) => shared.includes(w) || long.some((v) => abbreviates(w, v) || abbreviates(v, w)))
  )
    return agree('partial', 'acronym', shared.length / long.length);
  // Most words of the shorter name in the longer one ("Trinity Day Care Center" in "Trinity United ... Care and
  // Learning Center"): two or more meaningful words, two thirds of the shorter name; stronger than one word.
  if (meaningful.length >= 2 && 3 * shared.length >= 2 * short.length && short.length >= 3)
    return agree('close', 'words', shared.length / long.length);
  const jw = jaroWinkler(x, y);
  if (jw >= 0.92) return agree('partial', 'typo', jw);
  // One word in common ("Firman Pre-School West", "Firman Community Services"): a site renamed by its operator keeps
  // a word, as two of one operator's sites do; weak either way. A name sharing no word is strong evidence against.
  return meaningful.some((w) => !GENERIC.has(w))
    ? agree('partial', 'word', shared.length / long.length)
    : differ(jw);
};

/** "IBM" for "International Business Machines" (linking words may or may not count). */
const isAcronym = (one: readonly string[], words: readonly string[]): boolean => {
  const [w] = one;
  if (one.length !== 1 || !w || w.length < 2 || w.length > 6 || words.length < 2) return false;
  const all = words.map((v) => v[0]).join('');
  const main = words
    .filter((v) => !LINK.has(v))
    .map((v) => v[0])
    .join('');
  return w === all || w === main;
};

/** A word written short: its start ("Amer", "Acad") or its letters in order from the first ("Svc", "Mfg"). */
const abbreviates = (short: string, word: string): boolean => {
  if (short.length < 3 || short.length >= word.length || short[0] !== word[0] || /\d/.test(short))
    return false;
  let k = 1;
  for (let i = 1; i < word.length && k < short.length; i++) if (word[i] === short[k]) k++;
  return k === short.length;
};
