import { editDistance, withinOneEdit } from './edit-distance';
import { jaroWinkler } from './jaro-winkler';
import { areNicknames } from './nicknames';
import { normalisePhone, samePhone } from './normalise-phone';
import { phoneticKey } from './phonetic-key';
import type { PreparedValue } from './prepared-value';
import type { MatchHow, MatchKind } from './types';

/** How two values of one field compare: `how` is null when they disagree; similarity is in 0..1. */
export type Comparison = { readonly how: MatchHow | null; readonly similarity: number };

const agree = (how: MatchHow, similarity = 1): Comparison => ({ how, similarity });
// Most comparisons are plain disagreements: one shared answer instead of an object per candidate.
const NO: Comparison = { how: null, similarity: 0 };
const differ = (similarity = 0): Comparison => (similarity === 0 ? NO : { how: null, similarity });
const EXACT = agree('exact');

export const compareField = (kind: MatchKind, a: PreparedValue, b: PreparedValue): Comparison => {
  if (a.raw === b.raw) return EXACT;
  switch (kind) {
    case 'email':
      return a.key === b.key ? agree('case') : emailTypo(a.key, b.key);
    case 'phone':
      return comparePhone(a, b);
    case 'first_name':
    case 'last_name':
    case 'full_name':
      return compareName(kind, a, b);
    case 'company':
      if (caseOnly(a, b)) return agree('case');
      if (a.key === b.key) return agree('suffix');
      return phrase(a.key, b.key);
    case 'date':
      if (a.key === b.key) return agree('format');
      return a.key.length === b.key.length && withinOneEdit(a.key, b.key) ? agree('typo', 0.6) : differ();
    case 'exact':
      if (a.key === b.key) return agree(caseOnly(a, b) ? 'case' : 'format');
      return withinOneEdit(a.key, b.key) ? agree('typo', 0.6) : differ();
    case 'text':
      if (a.key === b.key) return agree(caseOnly(a, b) ? 'case' : 'format');
      return phrase(a.key, b.key);
  }
};

const caseOnly = (a: PreparedValue, b: PreparedValue): boolean => a.raw.toLowerCase() === b.raw.toLowerCase();

const comparePhone = (a: PreparedValue, b: PreparedValue): Comparison => {
  if (!b.key) return differ();
  const tail = a.key.slice(-7);
  if (tail.length === 7 && b.key.endsWith(tail)) {
    const x = normalisePhone(a.raw);
    const y = normalisePhone(b.raw);
    if (x && y && samePhone(x, y)) return agree('format');
  }
  return a.key.length >= 7 && withinOneEdit(a.key, b.key) ? agree('typo', 0.7) : differ();
};

/** One typo, or the same name parts in another order ("smith.bob@" for "bob.smith@"), at the same domain. */
const emailTypo = (a: string, b: string): Comparison => {
  if (a.length !== b.length && (a.length - b.length > 1 || b.length - a.length > 1)) return differ();
  const at = a.lastIndexOf('@');
  if (at < 0 || !sameDomain(a, b, at)) return differ();
  if (withinOneEdit(a, b)) return agree('typo', 0.8);
  return a.length === b.length && sameParts(a.slice(0, at), b.slice(0, at)) ? agree('swapped') : differ();
};

const sameDomain = (a: string, b: string, at: number): boolean => {
  const shift = b.length - a.length;
  if (at + shift < 0) return false;
  for (let k = at; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k + shift)) return false;
  return true;
};

const sameParts = (a: string, b: string): boolean => {
  const x = a.split(/[._-]/);
  return x.length > 1 && x.sort().join('.') === b.split(/[._-]/).sort().join('.');
};

const compareName = (kind: MatchKind, a: PreparedValue, b: PreparedValue): Comparison => {
  if (a.key === b.key) return agree(caseOnly(a, b) ? 'case' : 'format');
  if (kind === 'first_name' && areNicknames(a.key, b.key)) return agree('nickname', 0.9);
  if (isInitial(a.key, b.key)) return agree('initial', 0.5);
  const near = fuzzy(a.key, b.key);
  if (near.how) return near;
  if (soundAlikeStart(a.key, b.key) && phoneticOf(a.key) === phoneticKey(b.key))
    return agree('phonetic', 0.85);
  return near;
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

/** Several words: a typo is a character or two, never a missing or extra word (Jaro-Winkler favours shared starts). */
const phrase = (a: string, b: string): Comparison => {
  if (withinOneEdit(a, b)) return agree('typo', 0.9);
  if (Math.min(a.length, b.length) >= 8 && editDistance(a, b, 2) <= 2) return agree('typo', 0.85);
  return differ(jaroWinkler(a, b) >= 0.9 ? 0.8 : 0);
};

/** One edit apart is a typo; otherwise Jaro-Winkler, which only forgives words that start alike. */
const fuzzy = (a: string, b: string): Comparison => {
  if (Math.min(a.length, b.length) >= 4 && withinOneEdit(a, b))
    return agree('typo', Math.max(0.9, jaroWinkler(a, b)));
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return differ();
  const jw = jaroWinkler(a, b);
  return jw >= 0.9 ? agree('typo', jw) : differ(jw);
};
