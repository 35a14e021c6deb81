import { describe, expect, it } from 'vitest';
import { areNicknames } from '../../src/dedupe/nicknames';
import { normaliseCompany } from '../../src/dedupe/normalise-company';
import { normaliseEmail } from '../../src/dedupe/normalise-email';
import { normaliseName } from '../../src/dedupe/normalise-name';
import { normalisePhone, phoneSpellings, samePhone } from '../../src/dedupe/normalise-phone';
import { phoneticKey } from '../../src/dedupe/phonetic-key';

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

  it('too few digits is not a phone number', () => expect(normalisePhone('12')).toBeNull());

  it('spellings start with what was typed and cover the common formats', () => {
    const s = phoneSpellings('555 010 2000');
    expect(s[0]).toBe('555 010 2000');
    expect(s).toEqual(
      expect.arrayContaining(['5550102000', '+15550102000', '(555) 010-2000', '555-010-2000']),
    );
  });
});

describe('names', () => {
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
