/** The ways people write the same thing differently, used to plant near-duplicates. */

/** Formal names and the nickname a rep would type instead. */
export const NICKNAMES: readonly (readonly [formal: string, nickname: string])[] = [
  ['Robert', 'Bob'],
  ['William', 'Bill'],
  ['Margaret', 'Peggy'],
  ['Elizabeth', 'Liz'],
  ['Richard', 'Dick'],
  ['James', 'Jim'],
  ['Katherine', 'Kate'],
  ['Michael', 'Mike'],
  ['Jennifer', 'Jen'],
  ['Thomas', 'Tom'],
  ['Anthony', 'Tony'],
  ['Christopher', 'Chris'],
  ['Patricia', 'Pat'],
  ['Jonathan', 'Jon'],
  ['Alexander', 'Alex'],
  ['Nicholas', 'Nick'],
  ['Samuel', 'Sam'],
  ['Daniel', 'Dan'],
  ['Joseph', 'Joe'],
  ['Edward', 'Ted'],
];

export type PhoneStyle = 'digits' | 'dashed' | 'dotted' | 'parens' | 'international' | 'international_spaced';

export const PHONE_STYLES: readonly PhoneStyle[] = [
  'digits',
  'dashed',
  'dotted',
  'parens',
  'international',
  'international_spaced',
];

/** Writes ten digits the way people type North American numbers. */
export const formatPhone = (digits: string, style: PhoneStyle): string => {
  const [a, b, c] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)];
  switch (style) {
    case 'digits':
      return digits;
    case 'dashed':
      return `${a}-${b}-${c}`;
    case 'dotted':
      return `${a}.${b}.${c}`;
    case 'parens':
      return `(${a}) ${b}-${c}`;
    case 'international':
      return `+1 (${a}) ${b}-${c}`;
    case 'international_spaced':
      return `+1 ${a} ${b} ${c}`;
  }
};

export const phoneDigitsOf = (phone: string): string => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

/** A one-keystroke slip: swaps two neighbouring letters that differ, else doubles one. */
export const typo = (word: string, at: number): string => {
  for (let k = 0; k < word.length - 1; k++) {
    const i = 1 + ((at + k) % Math.max(1, word.length - 2));
    const [x, y] = [word[i], word[i + 1]];
    if (x && y && /\p{L}/u.test(x) && /\p{L}/u.test(y) && x.toLowerCase() !== y.toLowerCase()) {
      return word.slice(0, i) + y + x + word.slice(i + 2);
    }
  }
  const i = Math.min(1, word.length - 1);
  return word.slice(0, i + 1) + word.slice(i);
};

/** Recases an email so it is the same address to Zoho but a different string. */
export const recaseEmail = (email: string, variant: number): string => {
  const [local = '', domain = ''] = email.split('@');
  const capitalise = (s: string) =>
    s.replace(/(^|[._-])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  switch (variant % 3) {
    case 0:
      return `${capitalise(local)}@${domain}`;
    case 1:
      return email.toUpperCase();
    default:
      return `${local}@${domain.toUpperCase()}`;
  }
};

/** Pairs of company names that are the same company written two ways. */
export const companySuffixPair = (
  stem: string,
  partner: string,
  variant: number,
): readonly [string, string] => {
  switch (variant % 6) {
    case 0:
      return [`${stem} Inc`, `${stem}, Inc.`];
    case 1:
      return [`${stem} Ltd`, `${stem} Limited`];
    case 2:
      return [`${stem} GmbH`, stem];
    case 3:
      return [`${partner} & ${stem}`, `${partner} and ${stem}`];
    case 4:
      return [stem, `${stem} LLC`];
    default:
      return [`${stem} Corporation`, `${stem} Corp.`];
  }
};
