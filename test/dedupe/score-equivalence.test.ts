import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configFromRules, matchConfigFor } from '../../src/dedupe/match-config';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import { type Calibration, DEFAULT_SETTINGS } from '../../src/dedupe/settings';
import type { CandidateRecord, FieldValue, Match, Values } from '../../src/dedupe/types';
import { referenceClass, referenceScore } from './reference-scorer';
import { record } from './support';

// Values close to one another, so that agreements of every kind and level occur, mixed with arbitrary text.
const POOLS: Readonly<Record<string, readonly string[]>> = {
  name: [
    'Bob',
    'Robert',
    'Rob',
    'B',
    'Smith',
    'Smyth',
    'Smiht',
    'Xmith',
    "O'Brien",
    'OBrien',
    'Zoë',
    'Zoe',
    'Mary Ann',
    'Anne-Marie',
    'Kathryn',
    'Catherine',
    'Dr. Smith',
    'Jo-Bob',
    '李',
  ],
  email: [
    'bob.smith@acme.com',
    'Bob.Smith@ACME.com',
    'bob.smiht@acme.com',
    'smith.bob@acme.com',
    'bob.smith@gmail.com',
    'bob.smith@acne.com',
    'b.o.b.smith+x@gmail.com',
    'info@acme.com',
    'bob.smith.acme@com',
    'bob',
    'mailto:',
  ],
  phone: [
    '+1 (555) 010-2000',
    '5550102000',
    '010-2000',
    '555-010-2001',
    '+44 20 7946 0958',
    '020 7946 0958',
    '0049 30 1234567',
    '555-010-2000 x12',
    'n/a',
  ],
  company: [
    'Acme Inc',
    'ACME, Inc.',
    'Acme',
    'Acme Corp',
    'Acme Widgets',
    'International Business Machines',
    'IBM',
    'The Acme Company',
  ],
  street: [
    '221 E. 51st St.',
    '221 East 51st Street',
    '221 East 51 Street',
    '22 Main St',
    'Main Street',
    '221B Baker St',
  ],
  city: ['Boston', 'Bostn', 'New York', 'Köln', 'Koeln'],
  code: ['02110', '02110-1234', '02111', 'SW1A 1AA', 'sw1a1aa'],
  website: ['acme.com', 'https://www.acme.com/about', 'acme.co.uk', 'acne.com', 'shop.acme.com'],
};

const FIELDS: Readonly<Record<string, keyof typeof POOLS>> = {
  First_Name: 'name',
  Last_Name: 'name',
  Email: 'email',
  Phone: 'phone',
  Mobile: 'phone',
  Company: 'company',
  Account_Name: 'company',
  Street: 'street',
  Mailing_Street: 'street',
  Billing_Street: 'street',
  City: 'city',
  Mailing_City: 'city',
  Billing_City: 'city',
  Zip_Code: 'code',
  Mailing_Zip: 'code',
  Billing_Code: 'code',
  Website: 'website',
};

const value = (pool: readonly string[]): fc.Arbitrary<FieldValue> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', null) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 250, maxLength: 320 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 99999999 }) },
  );

const values = fc.record(
  Object.fromEntries(Object.entries(FIELDS).map(([field, pool]) => [field, value(POOLS[pool] ?? [])])),
  { requiredKeys: [] },
) as fc.Arbitrary<Values>;

const MODULES = ['Leads', 'Contacts', 'Accounts'] as const;

const candidates: fc.Arbitrary<readonly CandidateRecord[]> = fc
  .array(fc.tuple(fc.constantFrom(...MODULES), values), { maxLength: 25 })
  .map((rows) => rows.map(([module, v], i) => record(`r${i}`, v, module)));

/** What scoreCandidates must return, worked out candidate by candidate with the reference scorer. */
const expected = (
  typed: Values,
  module: string,
  found: readonly CandidateRecord[],
  config = matchConfigFor(module),
) =>
  found
    .map((candidate) => ({ candidate, ...referenceScore(typed, candidate, module, config) }))
    .flatMap((r) => {
      const classification = referenceClass(r.score);
      return classification ? [{ id: r.candidate.id, classification, score: r.score, fields: r.fields }] : [];
    })
    .sort(
      (x, y) =>
        Number(x.classification === 'possible') - Number(y.classification === 'possible') ||
        y.score - x.score,
    );

const actual = (matches: readonly Match[]) =>
  matches.map((m) => ({
    id: m.candidate.id,
    classification: m.classification,
    score: m.score,
    fields: m.fields,
  }));

describe('the optimised scorer against the reference scorer', () => {
  it.each(MODULES)('gives every %s candidate the same score, tier and explanation', (module) => {
    fc.assert(
      fc.property(values, candidates, (typed, found) => {
        expect(actual(scoreCandidates(typed, found, { module }))).toEqual(expected(typed, module, found));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same score for phone numbers of random digits, formats and extensions', () => {
    const phone = fc
      .array(fc.constantFrom('0', '1', '2', '5', '7', '9', ' ', '-', '(', ')', '+', 'x', '#'), {
        maxLength: 16,
      })
      .map((chars) => chars.join(''));
    const lead = fc.record({ Last_Name: fc.constantFrom('Smith', 'Smyth'), Phone: phone, Mobile: phone });
    fc.assert(
      fc.property(lead, fc.array(lead, { maxLength: 20 }), (typed, rows) => {
        const found = rows.map((v, i) => record(`p${i}`, v));
        expect(actual(scoreCandidates(typed, found, { module: 'Leads' }))).toEqual(
          expected(typed, 'Leads', found),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same scores under learned weights, where a close agreement may weigh more than an equal one', () => {
    const weight = fc.integer({ min: -8, max: 18 }).map((x) => x / 2);
    const levels = fc.record({
      exact: weight,
      equal: weight,
      close: weight,
      partial: weight,
      differ: weight,
    });
    const rules = DEFAULT_SETTINGS.modules.Leads?.fields ?? [];
    const calibration = fc.record({
      prior: fc.integer({ min: -12, max: 0 }),
      fields: fc
        .tuple(...rules.map(() => levels))
        .map((ws) => Object.fromEntries(rules.map((r, i) => [r.field, ws[i]]))),
    });
    fc.assert(
      fc.property(values, candidates, calibration, (typed, found, learned) => {
        const config = configFromRules(rules, learned as Calibration);
        expect(actual(scoreCandidates(typed, found, { module: 'Leads', config }))).toEqual(
          expected(typed, 'Leads', found, config),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on hand-picked records that reach every tier', () => {
    const typed = {
      First_Name: 'Rob',
      Last_Name: 'Smith',
      Email: 'bob.smith@acme.com',
      Phone: '555-010-2000',
      Company: 'Acme',
    };
    const found = [
      record('1', { First_Name: 'Robert', Last_Name: 'Smith', Email: 'bob.smith@acme.com' }),
      record('2', { First_Name: 'Smith', Last_Name: 'Rob', Mobile: '(555) 010-2000' }),
      record('3', { Last_Name: 'Smith' }),
      record('4', { Account_Name: 'Acme', Phone: '5550102000' }, 'Accounts'),
      record('5', { First_Name: 'Jane', Last_Name: 'Doe' }),
    ];
    const got = actual(scoreCandidates(typed, found, { module: 'Leads' }));
    expect(got).toEqual(expected(typed, 'Leads', found));
    expect(new Set(got.map((m) => m.classification))).toEqual(new Set(['likely', 'possible']));
  });
});
