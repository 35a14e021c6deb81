import { describe, expect, test } from 'vitest';
import { isEmptyValue } from '../../src/dedupe/empty-value';

describe('an empty value', () => {
  test('absent, blank text (NBSP and ideographic space too), and an empty list hold nothing', () => {
    expect([undefined, null, '', '  ', '\u00a0\u3000', []].map(isEmptyValue)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  test('a number, a boolean, a list with an entry and a lookup with an id hold something', () => {
    expect([0, false, ['a'], { id: '1', name: '' }, { id: '', name: 'Acme' }].map(isEmptyValue)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test('a lookup with neither id nor name holds nothing', () => {
    expect(isEmptyValue({ id: '', name: '' })).toBe(true);
  });
});
