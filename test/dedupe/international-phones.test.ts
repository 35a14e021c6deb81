import { afterEach, describe, expect, it } from 'vitest';
import { compareField } from '../../src/dedupe/compare-field';
import { loadPhoneLibrary, phoneSpellings, usePhoneParser } from '../../src/dedupe/normalise-phone';
import { prepareValue } from '../../src/dedupe/prepared-value';

const phone = (raw: string) => {
  const v = prepareValue('phone', raw);
  if (!v) throw new Error(`no phone in ${raw}`);
  return v;
};
const how = (a: string, b: string) => compareField('phone', phone(a), phone(b)).how;

// One number each from the UK, Germany, France, India and Australia, written as people store them.
const SAME: readonly [string, string, string][] = [
  ['UK', '+44 20 7946 0958', '020 7946 0958'],
  ['UK', '+44 (0)20 7946 0958', '0044 20 7946 0958'],
  ['DE', '+49 30 1234567', '030 1234567'],
  ['DE', '+49 (0)30 1234567', '+49 30 1234567'],
  ['FR', '+33 1 23 45 67 89', '01 23 45 67 89'],
  ['IN', '+91 98765 43210', '098765 43210'],
  ['IN', '+91 98765 43210', '9876543210'],
  ['AU', '+61 2 9876 5432', '(02) 9876 5432'],
  ['AU', '+61 412 345 678', '0412 345 678'],
];

describe.each([
  ['with the built-in reading', false],
  ['with the numbering-plan library', true],
])('international numbers %s', (_how, library) => {
  afterEach(() => usePhoneParser(null));
  const setUp = async () => {
    if (library) await loadPhoneLibrary();
  };

  it.each(SAME)('a %s number with and without its country code is one number', async (_country, a, b) => {
    await setUp();
    expect(how(a, b)).toBe('format');
  });

  it('the same national digits under two countries are two numbers, not a typo', async () => {
    await setUp();
    expect(how('+49 30 1234567', '+43 30 1234567')).toBeNull();
    expect(how('+44 20 7946 0958', '+61 2 7946 0958')).toBeNull();
  });

  it('a number stored without its area code compares on the digits it shares', async () => {
    await setUp();
    expect(how('7946 0958', '+44 20 7946 0958')).toBe('format');
    expect(how('010-2000', '+1 (555) 010-2000')).toBe('format');
    expect(how('7946 0958', '+44 20 7946 0959')).toBeNull();
  });

  it('one mistyped digit in the same country is still a typo', async () => {
    await setUp();
    expect(how('+33 1 23 45 67 89', '+33 1 23 45 67 88')).toBe('typo');
  });
});

describe('search spellings of a national number', () => {
  afterEach(() => usePhoneParser(null));

  it('make up no North American code for a number of another country', () => {
    expect(phoneSpellings('030 1234567').some((s) => s.startsWith('+1'))).toBe(false);
  });

  it("include the org's country code once the org's country is known", async () => {
    await loadPhoneLibrary('DE');
    expect(phoneSpellings('030 1234567')).toEqual(expect.arrayContaining(['+49301234567', '0301234567']));
  });

  it('still spell a North American number in its usual formats', () => {
    expect(phoneSpellings('(555) 010-2000')).toEqual(
      expect.arrayContaining(['+15550102000', '555-010-2000']),
    );
  });
});
