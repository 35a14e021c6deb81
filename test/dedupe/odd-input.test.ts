import { describe, expect, it } from 'vitest';
import { blockingKeys } from '../../src/dedupe/blocking-keys';
import { matchConfigFor } from '../../src/dedupe/match-config';
import { normaliseStreet } from '../../src/dedupe/normalise-address';
import { MAX_COMPARED, prepareValue } from '../../src/dedupe/prepared-value';
import { clashes, scoreCandidates } from '../../src/dedupe/score-candidates';
import { systemDuplicateCheckField } from '../../src/dedupe/system-fields';
import { record } from './support';

// A high surrogate not followed by a low one, or a low one not preceded by a high one: half a character.
const wellFormed = (s: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('odd input', () => {
  it.each(['Wu😀', '𝓙𝓸𝓱𝓷', '高橋𠮷'])(
    '%s makes search values that encode, never half a character',
    (name) => {
      const keys = blockingKeys(
        { First_Name: name, Last_Name: name },
        matchConfigFor('Leads'),
        'Leads',
        'Leads',
      );
      expect(keys.length).toBeGreaterThan(0);
      for (const k of keys) {
        expect(wellFormed(k.criterion.value)).toBe(true);
        expect(() => encodeURIComponent(k.criterion.value)).not.toThrow();
      }
    },
  );

  it.each([
    ['a non-breaking space', '\u00a0'],
    ['an ideographic space', '\u3000'],
    ['a byte-order mark', '\ufeff'],
  ])('an email padded with %s clashes as Zoho’s unique check sees it (trimmed, any case)', (_name, pad) => {
    const typed = { Email: `${pad}Bob@Acme.com${pad}` };
    expect(clashes(typed, { Email: 'bob@acme.com' }, [{ from: 'Email', to: 'Email' }])).toEqual(['Email']);
    const [match] = scoreCandidates(typed, [record('1', { Email: 'bob@acme.com' })], {
      module: 'Leads',
      scope: [{ module: 'Leads', converted: 'false', fieldMap: [{ from: 'Email', to: 'Email' }] }],
    });
    expect(match?.classification).toBe('blocking');
  });

  it('a street or module named like an object property ("constructor", "toString") is plain text', () => {
    expect(normaliseStreet('1 Constructor Way')).toBe('1 constructor way');
    expect(normaliseStreet('2 Constructor St.')).toBe('2 constructor street');
    expect(systemDuplicateCheckField('constructor')).toBeNull();
    expect(systemDuplicateCheckField('toString', true)).toBe('Name');
  });

  it('a 100,000-character name is compared on a bounded prefix, cut on a whole character', () => {
    const huge = `${'😀'.repeat(50_000)}`;
    const prepared = prepareValue('exact', huge);
    expect(prepared?.raw.length).toBeLessThanOrEqual(MAX_COMPARED * 2);
    expect(wellFormed(prepared?.raw ?? '')).toBe(true);
    const long = 'Smith'.repeat(20_000);
    const [match] = scoreCandidates(
      { Last_Name: long, First_Name: 'Bob', Email: 'bob@acme.com' },
      [record('1', { Last_Name: `${long}x`, First_Name: 'Bob', Email: 'bob@acme.com' })],
      { module: 'Leads' },
    );
    expect(match?.classification).toBe('likely');
  });
});
