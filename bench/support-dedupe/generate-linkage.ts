import { base, en, Faker } from '@faker-js/faker';
import Papa from 'papaparse';
import { pick, type Random, seeded, typo } from './corrupt';

export type GeneratedRow = Readonly<Record<string, string>>;
export type LinkageOptions = {
  readonly entities: number;
  readonly duplicateRate: number;
  readonly seed: number;
};

const NICK: Readonly<Record<string, string>> = {
  Robert: 'Bob',
  William: 'Bill',
  Elizabeth: 'Liz',
  Margaret: 'Peggy',
  Richard: 'Dick',
  James: 'Jim',
  Michael: 'Mike',
  Katherine: 'Kate',
  Thomas: 'Tom',
  Jennifer: 'Jen',
  Christopher: 'Chris',
  Daniel: 'Dan',
  Anthony: 'Tony',
  Joseph: 'Joe',
  Patricia: 'Patty',
  Susan: 'Sue',
  Edward: 'Ted',
  Alexander: 'Alex',
};
const maybe = (r: Random, p: number, s: string, f: (s: string) => string): string => (r() < p ? f(s) : s);
const blank = (r: Random, p: number, s: string): string => (r() < p ? '' : s);

/** People: first name, surname, email, city, date of birth; duplicates with typos, nicknames, swaps, blanks. */
export const generatePeople = ({
  entities,
  duplicateRate,
  seed,
}: LinkageOptions): readonly GeneratedRow[] => {
  const faker = new Faker({ locale: [en, base], seed });
  const r = seeded(seed);
  const rows: GeneratedRow[] = [];
  for (let e = 0; e < entities; e++) {
    const first = r() < 0.3 ? pick(r, Object.keys(NICK)) : faker.person.firstName();
    const last = faker.person.lastName();
    const email = `${first.toLowerCase()}${r() < 0.5 ? '.' : ''}${last.toLowerCase()}${r() < 0.4 ? Math.floor(r() * 100) : ''}@${faker.internet.domainName()}`;
    const original = {
      first_name: first,
      surname: last,
      email,
      city: faker.location.city(),
      dob: faker.date.birthdate().toISOString().slice(0, 10),
      cluster: String(e),
    };
    rows.push(original);
    const copies = r() < duplicateRate ? 1 + Math.floor(r() * 3) : 0;
    for (let c = 0; c < copies; c++) {
      let f = maybe(r, 0.25, first, (s) => NICK[s] ?? typo(s, r));
      let l = maybe(r, 0.3, last, (s) => typo(s, r));
      if (r() < 0.08) [f, l] = [l, f];
      if (r() < 0.05) f = f.slice(0, 1);
      rows.push({
        first_name: blank(r, 0.08, f),
        surname: blank(r, 0.05, l),
        email: blank(
          r,
          0.2,
          maybe(r, 0.3, email, (s) => typo(s, r)),
        ),
        city: blank(
          r,
          0.25,
          maybe(r, 0.15, original.city, (s) => typo(s, r)),
        ),
        dob: blank(
          r,
          0.2,
          maybe(r, 0.15, original.dob, (s) => typo(s, r)),
        ),
        cluster: String(e),
      });
    }
  }
  return shuffle(rows, r);
};

const SUFFIX = ['Inc', 'Inc.', 'LLC', 'Ltd', 'Corporation', 'Co.', 'Company', ''];
const ABBR: readonly (readonly [RegExp, string])[] = [
  [/\bStreet\b/, 'St'],
  [/\bAvenue\b/, 'Ave'],
  [/\bRoad\b/, 'Rd'],
  [/\bBoulevard\b/, 'Blvd'],
  [/\bDrive\b/, 'Dr'],
  [/\bLane\b/, 'Ln'],
  [/\bNorth\b/, 'N'],
  [/\bSouth\b/, 'S'],
  [/\bEast\b/, 'E.'],
  [/\bWest\b/, 'W'],
  [/\bCourt\b/, 'Ct'],
];

/** Organisations: name, street address, ZIP, a local 7-digit phone, website; duplicates as directories differ. */
export const generateOrganisations = ({
  entities,
  duplicateRate,
  seed,
}: LinkageOptions): readonly GeneratedRow[] => {
  const faker = new Faker({ locale: [en, base], seed });
  const r = seeded(seed);
  const rows: GeneratedRow[] = [];
  const hosts = new Set<string>();
  for (let e = 0; e < entities; e++) {
    const words = faker.company
      .name()
      .replace(/,|\b(Inc|LLC|Group)\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    const dir = r() < 0.3 ? `${pick(r, ['North', 'South', 'East', 'West'])} ` : '';
    const street = `${faker.location.buildingNumber()} ${dir}${faker.location.street()}`;
    const phone = `${faker.string.numeric(3)}-${faker.string.numeric(4)}`;
    // One domain has one owner: a name taken by an earlier organisation gets a number.
    const stem = words
      .toLowerCase()
      .replace(/[^a-z]+/g, '')
      .slice(0, 14);
    const host = `${hosts.has(stem) ? `${stem}${e}` : stem}.com`;
    hosts.add(stem);
    const name = `${words} ${pick(r, SUFFIX)}`.trim();
    rows.push({
      name,
      address: street,
      zip: faker.location.zipCode('#####'),
      phone,
      website: `www.${host}`,
      cluster: String(e),
    });
    const copies = r() < duplicateRate ? 1 + Math.floor(r() * 2) : 0;
    for (let c = 0; c < copies; c++) {
      let n = `${words} ${pick(r, SUFFIX)}`.trim();
      if (r() < 0.2) n = typo(n, r);
      if (r() < 0.1) n = `The ${n}`;
      if (r() < 0.15) n = n.replace(' and ', ' & ');
      let a = street;
      for (const [re, to] of ABBR) if (r() < 0.6) a = a.replace(re, to);
      if (r() < 0.15) a = typo(a, r);
      if (r() < 0.1) a = `${a} Suite ${Math.floor(r() * 900) + 100}`;
      rows.push({
        name: n,
        address: blank(r, 0.05, a),
        zip: blank(
          r,
          0.1,
          maybe(r, 0.05, rows[rows.length - 1 - c]?.zip ?? '', (s) => typo(s, r)),
        ),
        phone: blank(
          r,
          0.2,
          maybe(r, 0.3, phone, (s) => (r() < 0.5 ? s.replace('-', '') : `(${faker.string.numeric(3)}) ${s}`)),
        ),
        website: blank(
          r,
          0.3,
          pick(r, [`http://${host}`, `https://www.${host}/`, host, `www.${host}/contact`]),
        ),
        cluster: String(e),
      });
    }
  }
  return shuffle(rows, r);
};

const shuffle = <T>(xs: T[], r: Random): T[] => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
};

/** Rows as CSV text (papaparse quotes what needs quoting). */
export const toCsv = (rows: readonly GeneratedRow[]): string => Papa.unparse([...rows]);
