import { expect, test } from 'vitest';
import de from '../../app/translations/de.json';
import en from '../../app/translations/en.json';
import { loadTranslations } from '../../src/widget/i18n/load-translations';

test('German has every English key', () => {
  expect(Object.keys(en).filter((k) => !(k in de))).toEqual([]);
});

test('German is fetched by relative URL and counts plurals', async () => {
  const urls: string[] = [];
  const t = await loadTranslations('de-DE', async (url) => {
    urls.push(url);
    return de;
  });
  expect(urls).toEqual(['./translations/de.json']);
  expect(t('found', { count: 2 })).toBe('2 mögliche Dubletten gefunden.');
});

test('an unreadable table falls back to English', async () => {
  const t = await loadTranslations('de', async () => {
    throw new Error('404');
  });
  expect(t('retry')).toBe('Try again');
});
