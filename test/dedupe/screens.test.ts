import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareField, screenFor } from '../../src/dedupe/compare-field';
import { asText } from '../../src/dedupe/fold';
import { prepareValue } from '../../src/dedupe/prepared-value';
import type { MatchKind } from '../../src/dedupe/types';

/** What the screen claims for `stored` against `typed`, checked against preparing and comparing it. */
const holds = (kind: MatchKind, typed: string, stored: string): void => {
  const a = prepareValue(kind, typed);
  const screen = a && screenFor(kind, a);
  const text = asText(stored);
  if (!a || !screen || !text || !screen(text)) return;
  const b = prepareValue(kind, stored);
  expect(b, `${JSON.stringify(stored)} is empty once prepared`).not.toBeNull();
  if (b)
    expect(compareField(kind, a, b), `${typed} against ${stored}`).toMatchObject({
      level: 'differ',
      how: null,
    });
};

const screened = (kind: MatchKind, typed: string, stored: string): boolean => {
  const a = prepareValue(kind, typed);
  const screen = a && screenFor(kind, a);
  return !!screen?.(asText(stored));
};

// Few letters and short parts, so that typos, equal domains and lengths on either side of the limits all occur.
const email = fc.oneof(
  fc.string(),
  fc.stringMatching(/^(mailto:|MAILTO:|<| )?[abAB.+İ_-]{0,14}@?[abc.]{0,12}>?$/),
  fc.stringMatching(/^[a-z]{1,12}[._]?[a-z]{0,12}@(gmail|acme|acne|gmial)\.(com|co|io)$/),
);

/** A stored value made from the typed one by a few of `edits`, each at a position of its choosing. */
const derived = (
  typed: fc.Arbitrary<string>,
  edits: readonly ((s: string, at: number) => string)[],
): fc.Arbitrary<[string, string]> =>
  fc
    .tuple(typed, fc.array(fc.tuple(fc.nat(edits.length - 1), fc.nat(40)), { maxLength: 4 }))
    .map(([t, steps]) => [
      t,
      steps.reduce(
        (s, [e, at]) => (edits[e] as (s: string, at: number) => string)(s, at % (s.length + 1)),
        t,
      ),
    ]);

const insert = (piece: string) => (s: string, at: number) => s.slice(0, at) + piece + s.slice(at);
const EMAIL_EDITS = [
  (s: string) => s.toUpperCase(),
  (s: string) => `<${s}>`,
  (s: string) => `mailto:${s}`,
  (s: string) => s.replace('@', '+news@'),
  (s: string) => s.replace('@', '+x@'),
  insert('.'),
  insert('İ'),
  insert('b'),
  (s: string, at: number) => s.slice(0, at) + s.slice(at + 1),
  (s: string, at: number) => s.slice(0, at) + s.slice(at + 2),
  (s: string) => s.replace(/@.*/, '@gmail.com'),
  (s: string) => s.replace(/@.*/, '@a.io'),
];

const PHONE_EDITS = [
  insert('1'),
  insert('0'),
  insert(' '),
  insert('-'),
  insert(' x'),
  insert('#'),
  (s: string, at: number) => s.slice(0, at) + s.slice(at + 1),
  (s: string, at: number) => s.slice(at),
  (s: string) => `+44 ${s}`,
  (s: string) => `00${s}`,
];

const phone = fc.oneof(
  fc.string(),
  fc.stringMatching(/^\+?[0-9 ().#-]{0,20}( ?(x|ext\.?|#|[A-Z]) ?[0-9]{0,4})?$/),
  fc.stringMatching(/^[0-3]{0,12}$/),
);

describe('telling disagreements apart without preparing', () => {
  it('an address the screen turns away is never empty once prepared and always compares as a plain disagreement', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(email, email), derived(email, EMAIL_EDITS)), ([typed, stored]) =>
        holds('email', typed, stored),
      ),
      { numRuns: 30_000 },
    );
  });

  it('a number the screen turns away is never empty once prepared and always compares as a plain disagreement', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(phone, phone), derived(phone, PHONE_EDITS)), ([typed, stored]) =>
        holds('phone', typed, stored),
      ),
      { numRuns: 30_000 },
    );
  });

  it.each([
    ['bob.smith@acme.com', 'Kenyatta.Pfannerstill@yahoo.com'],
    ['bob.smith@acme.com', 'al@x.io'],
  ])('%j turns away %j, an address of another length and another domain', (typed, stored) =>
    expect(screened('email', typed, stored)).toBe(true),
  );

  it.each([
    ['bob.smith@acme.com', 'BOB.SMITH@ACME.COM'],
    ['bob.smith@acme.com', 'bob.smith@acme.co'],
    ['bob.smith@acme.com', 'bobsmith@acme-industries.com'],
    ['bob.smith@acme.com', 'mailto:bob.smith@acme.com'],
    ['bob.smith@acme.com', '<bob.smith@acme.com>'],
  ])('%j leaves %j to the full comparison', (typed, stored) =>
    expect(screened('email', typed, stored)).toBe(false),
  );

  it.each([
    ['+1 (555) 010-2000', '814.922.1062'],
    ['+1 (555) 010-2000', '383-393-7786 x7328'],
  ])('%j turns away %j, whose last seven digits share too few', (typed, stored) =>
    expect(screened('phone', typed, stored)).toBe(true),
  );

  it.each([
    ['+1 (555) 010-2000', '010-2000'],
    ['+1 (555) 010-2000', '555 010 2001'],
    ['+1 (555) 010-2000', '555-010-2000 x99'],
    ['+1 (555) 010-2000', 'n/a'],
  ])('%j leaves %j to the full comparison', (typed, stored) =>
    expect(screened('phone', typed, stored)).toBe(false),
  );
});
