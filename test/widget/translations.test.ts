import { expect, test } from 'vitest';
import de from '../../app/translations/de.json';
import en from '../../app/translations/en.json';
import viewsDe from '../../app/translations/views-de.json';
import viewsEn from '../../app/translations/views-en.json';
import { english } from '../../src/widget/i18n/i18n-context';
import { loadTranslations } from '../../src/widget/i18n/load-translations';
import { withViewTranslations } from '../../src/widget/i18n/view-translations';

test('German has every English key', () => {
  expect(Object.keys(en).filter((k) => !(k in de))).toEqual([]);
});

test('German has every English key of the views that load on first use, and no key is in both tables', () => {
  expect(Object.keys(viewsEn).filter((k) => !(k in viewsDe))).toEqual([]);
  expect(Object.keys(viewsEn).filter((k) => k in en)).toEqual([]);
  expect(Object.keys(viewsDe).filter((k) => k in de)).toEqual([]);
});

test('the views add German from views-de.json, fetched by relative URL, and still read de.json', async () => {
  const urls: string[] = [];
  const t = await loadTranslations('de-DE', async (url) => {
    urls.push(url);
    return url.endsWith('views-de.json') ? viewsDe : de;
  });
  const views = await withViewTranslations(t);
  expect(urls).toEqual(['./translations/de.json', './translations/views-de.json']);
  expect(views('saveAnyway')).toBe('Trotzdem speichern');
  expect(views('found', { count: 2 })).toBe('2 mögliche Dubletten gefunden.');
});

test('English views fetch nothing', async () => {
  const views = await withViewTranslations(english);
  expect(views('saveAnyway')).toBe('Save anyway');
  expect(views('retry')).toBe('Try again');
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
