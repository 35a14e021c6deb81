import { expect, test } from 'vitest';
import { userLocale } from '../../src/widget/i18n/user-locale';

test("Zoho's de_DE becomes the BCP 47 tag de-DE", () => {
  expect(userLocale('de_DE')).toBe('de-DE');
  expect(userLocale('en_US')).toBe('en-US');
  expect(userLocale('de')).toBe('de');
});

test('a missing or unreadable language is English', () => {
  expect(userLocale(null)).toBe('en');
  expect(userLocale(undefined)).toBe('en');
  expect(userLocale('')).toBe('en');
  expect(userLocale('not a language!')).toBe('en');
});
