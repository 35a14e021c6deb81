import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { spaced } from '../../src/dedupe/fold';
import { areNicknames, loadNicknameList } from '../../src/dedupe/nicknames';
import { normaliseCompany } from '../../src/dedupe/normalise-company';
import { normaliseEmail } from '../../src/dedupe/normalise-email';
import { normaliseName } from '../../src/dedupe/normalise-name';
import { normalisePhone, phoneSpellings, samePhone } from '../../src/dedupe/normalise-phone';
import { phoneticKey } from '../../src/dedupe/phonetic-key';
import { keyOf, nameInitial } from '../../src/dedupe/prepared-value';

describe('email', () => {
  it.each([
    ['  Bob@Example.COM ', 'bob@example.com'],
    ['mailto:ann@x.io', 'ann@x.io'],
    ['<ann@x.io>', 'ann@x.io'],
  ])('%j becomes %j', (raw, expected) => expect(normaliseEmail(raw)).toBe(expected));
});

describe('phone', () => {
  const same = [
    '+1 (555) 010-2000',
    '5550102000',
    '555-010-2000',
    '(555) 010-2000',
    '1-555-010-2000',
    '555.010.2000',
    '+15550102000',
    '001 555 010 2000',
  ];
  it.each(same)('%j is the same number as 5550102000', (raw) => {
    const a = normalisePhone(raw);
    const b = normalisePhone('5550102000');
    expect(a && b && samePhone(a, b)).toBe(true);
  });

  it.each([
    ['555-010-2000 ext. 42', '42'],
    ['555-010-2000 x42', '42'],
    ['555-010-2000 #7', '7'],
  ])('%j keeps extension %j apart from the number', (raw, ext) => {
    expect(normalisePhone(raw)).toEqual({ country: null, national: '5550102000', extension: ext });
  });

  it('a UK number typed nationally and internationally is one number', () => {
    const a = normalisePhone('020 7946 0018');
    const b = normalisePhone('+44 20 7946 0018');
    expect(a && b && samePhone(a, b)).toBe(true);
  });

  it('the same digits under different country codes are different numbers', () => {
    const a = normalisePhone('+44 20 7946 0018');
    const b = normalisePhone('+33 20 7946 0018');
    expect(a && b && samePhone(a, b)).toBe(false);
  });

  it("a phone's key is its digits up to an extension, whatever the format", () => {
    const phone = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[+(]?[0-9 ().-]{0,16}( ?(x|ext\.?|#) ?[0-9]{0,4})?$/),
    );
    fc.assert(
      fc.property(phone, (raw) => {
        const text = raw.trim();
        // An extension starts at "#" or a letter (or any sign past the ASCII digits' own: "_", "~", non-ASCII).
        const number = text.split(/[#A-Z[-_a-z{-\uffff]/)[0] ?? '';
        expect(keyOf('phone', text)).toBe(number.replace(/\D/g, ''));
      }),
      { numRuns: 3000 },
    );
  });

  it('too few digits is not a phone number', () => expect(normalisePhone('12')).toBeNull());

  it('spellings start with what was typed and cover the common formats', () => {
    const s = phoneSpellings('555 010 2000');
    expect(s[0]).toBe('555 010 2000');
    expect(s).toEqual(
      expect.arrayContaining(['5550102000', '+15550102000', '(555) 010-2000', '555-010-2000']),
    );
  });
});

describe('words', () => {
  it('runs of anything but letters and digits become one space, in ASCII and beyond', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.stringMatching(/^[a-z0-9 '.,&-]{0,12}$/),
    );
    fc.assert(
      fc.property(text, (raw) => {
        const folded = raw.toLowerCase();
        expect(spaced(folded)).toBe(folded.replace(/[^\p{L}\p{N}]+/gu, ' '));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('names', () => {
  beforeAll(() => loadNicknameList());

  it.each([
    ["Dr. José O'Neil, Jr.", 'jose oneil'],
    ['  ZOË   Müller-Lüdenscheidt ', 'zoe muller ludenscheidt'],
    ['Mr Bob', 'bob'],
  ])('%j becomes %j', (raw, expected) => expect(normaliseName(raw)).toBe(expected));

  it.each([
    ['bob', 'robert'],
    ['bill', 'william'],
    ['peggy', 'margaret'],
    ['liz', 'elizabeth'],
    ['bob', 'rob'],
  ])('%s and %s are nicknames of one name', (a, b) => expect(areNicknames(a, b)).toBe(true));

  it('unrelated names are not nicknames', () => expect(areNicknames('bob', 'william')).toBe(false));

  it.each([
    ['Smith', 's'],
    ['Smith-Jones', 's'],
    ['Bartholomew J.', 'b'],
  ])("%j's key starts with %j, told without preparing it", (raw, initial) =>
    expect(String.fromCharCode(nameInitial(raw))).toBe(initial),
  );

  it.each(['Dr. Bob', 'Mrs Smith', 'Jo-Ann', 'Émile', "'Bob", '7 of Nine'])(
    'the first letter of %j is left to the normaliser (a title, punctuation or a letter outside ASCII may come first)',
    (raw) => expect(nameInitial(raw)).toBe(-1),
  );

  it("a name's first letter, told without preparing it, is always its key's", () => {
    const name = fc.oneof(
      fc.string(),
      fc.stringMatching(
        /^(Dr|dr|MR|Mrs|ms|Miss|prof|Sir|jr|II|iv|phd|[A-Za-z]{1,7})[ .'’-]{0,2}[A-Za-zé]{0,6}$/,
      ),
    );
    fc.assert(
      fc.property(name, (raw) => {
        const text = raw.trim();
        const initial = nameInitial(text);
        const key = keyOf('last_name', text);
        if (text && key && initial !== -1) expect(initial).toBe(key.charCodeAt(0));
      }),
      { numRuns: 3000 },
    );
  });

  it('sound-alike spellings share a phonetic key', () => {
    expect(phoneticKey('catherine')).toBe(phoneticKey('kathryn'));
    expect(phoneticKey('philips')).toBe(phoneticKey('filips'));
    expect(phoneticKey('smith')).not.toBe(phoneticKey('jones'));
  });
});

describe('company', () => {
  it.each([
    ['Acme Inc.', 'acme'],
    ['ACME, Incorporated', 'acme'],
    ['The Acme Company', 'acme'],
    ['Smith & Sons Ltd', 'smith and sons'],
    ['Müller GmbH', 'muller'],
    ['Tata Consultancy Pvt Ltd', 'tata consultancy'],
    ['A.B.C. Corp', 'abc'],
    ['Limited', 'limited'],
  ])('%j becomes %j', (raw, expected) => expect(normaliseCompany(raw)).toBe(expected));
});
