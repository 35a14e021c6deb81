// Spelling rules applied in order before vowels are dropped; they make "Catherine" and "Kathryn" collide.
const RULES: readonly (readonly [RegExp, string])[] = [
  [/[^a-z]/g, ''],
  [/^([gkp])n/, 'n'],
  [/^wr/, 'r'],
  [/^ps/, 's'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/sch/g, 'sk'],
  [/th/g, 't'],
  [/c(?=[eiy])/g, 's'],
  [/[cq]/g, 'k'],
  [/x/g, 'ks'],
  [/z/g, 's'],
  [/dg/g, 'j'],
  [/gh(?![aeiou])/g, ''],
  [/w(?![aeiou])/g, ''],
  [/h(?![aeiou])/g, ''],
  [/y/g, 'i'],
  [/v/g, 'f'],
];

/** A rough sound-alike key for a folded name: first letter kept, later vowels dropped, repeats collapsed. */
export const phoneticKey = (name: string): string => {
  const known = MEMO.get(name);
  if (known !== undefined) return known;
  const key = compute(name);
  if (MEMO.size > 50_000) MEMO.clear();
  MEMO.set(name, key);
  return key;
};

// Names repeat across candidates; the key is a pure function of the name, so remember it.
const MEMO = new Map<string, string>();

const compute = (name: string): string => {
  let s = name;
  for (const [re, to] of RULES) s = s.replace(re, to);
  if (!s) return '';
  const head = s[0] ?? '';
  const tail = s.slice(1).replace(/[aeiou]/g, '');
  return (head + tail).replace(/(.)\1+/g, '$1');
};
