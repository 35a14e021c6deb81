import { seededRandom } from '../../src/dedupe/calibrate-pairs';
import type { Values } from '../../src/dedupe/types';

export type Row = { readonly entity: number; readonly values: Values };

const FIRST = [
  'Anna',
  'Boris',
  'Carla',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Irene',
  'Jonas',
  'Kira',
  'Lars',
];
const STEM = ['Nov', 'Okaf', 'Petr', 'Quin', 'Ross', 'Sat', 'Tanak', 'Ued', 'Varg', 'Web'];
const END = ['ak', 'or', 'ov', 'ello', 'ini', 'ston'];
const CITY = ['Leeds', 'Lyon', 'Porto', 'Graz', 'Turin', 'Ghent', 'Bergen', 'Cork'];
/** Sixty surnames, each about one person in sixty: u(exact) for Last_Name is near 1/60. */
const SURNAMES = STEM.flatMap((a) => END.map((b) => a + b));

/** One letter replaced inside the word: a typo the comparisons call close. */
const typo = (s: string, r: () => number): string => {
  const i = 1 + Math.floor(r() * (s.length - 2));
  const c = s[i] === 'x' ? 'y' : 'x';
  return s.slice(0, i) + c + s.slice(i + 1);
};

/** Email chance agreement is nil: every person's mailbox is random letters. */
const mailbox = (r: () => number): string =>
  Array.from({ length: 9 }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join('');

/** The chances the generator keeps a duplicate's surname with; the test compares the learned weight to them. */
export const SURNAME_KEPT = 0.75;

/**
 * People whose duplicates keep each field with known chances: the email exact 60%, one typo 30%, another address
 * 10%; the surname exact 75%, one typo 25%. So m(exact) > m(close) > m(differ) while u falls the other way.
 */
export const knownPeople = (entities: number, seed: number): Row[] => {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const rows: Row[] = [];
  for (let e = 0; e < entities; e++) {
    const first = pick(FIRST);
    const last = pick(SURNAMES);
    const email = `${mailbox(r)}@example.com`;
    const city = pick(CITY);
    rows.push({ entity: e, values: { First_Name: first, Last_Name: last, Email: email, City: city } });
    if (r() < 0.35) {
      const roll = r();
      rows.push({
        entity: e,
        values: {
          First_Name: first,
          Last_Name: r() < SURNAME_KEPT ? last : typo(last, r),
          Email: roll < 0.6 ? email : roll < 0.9 ? typo(email, r) : `${mailbox(r)}@mail.test`,
          City: r() < 0.8 ? city : pick(CITY),
        },
      });
    }
  }
  return rows;
};
