import { fold, spaced } from './fold';

// Legal-form words carry no identity: "Acme Inc." and "ACME, Incorporated" are one company.
const LEGAL = new Set(
  'inc incorporated llc llp lp ltd limited corp corporation co company plc gmbh ag kg sa sas sarl bv nv pty pvt private srl spa oy ab as kk ohg ug se intl'.split(
    ' ',
  ),
);

/** Company key: case, accents, punctuation, "&"/"and", a leading "the" and legal suffixes removed. */
export const normaliseCompany = (raw: string): string => {
  const tokens = spaced(
    fold(raw)
      .replace(/&/g, ' and ')
      .replace(/(\w)\.(?=\w\.)/g, '$1')
      .replace(/['’.]/g, ''),
  )
    .trim()
    .split(' ')
    .filter(Boolean);
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  while (tokens.length > 1 && LEGAL.has(tokens[tokens.length - 1] ?? '')) tokens.pop();
  return tokens.join(' ');
};
