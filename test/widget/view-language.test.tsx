import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import de from '../../app/translations/de.json';
import viewsDe from '../../app/translations/views-de.json';
import { LazyRecordMerge } from '../../src/widget/components/lazy-views';
import { I18n } from '../../src/widget/i18n/i18n-context';
import { loadTranslations } from '../../src/widget/i18n/load-translations';
import { fakeClient, lead, ports } from './support/fixtures';

afterEach(cleanup);

const records = [lead({ id: '1' }), lead({ id: '2', name: 'Augusta Lovelace' })];

/** German as main.tsx loads it, over a server that answers the URLs in `served` and fails every other. */
const german = (served: Readonly<Record<string, unknown>>) => {
  const asked: string[] = [];
  const t = loadTranslations('de-DE', async (url) => {
    asked.push(url);
    if (!(url in served)) throw new Error('404');
    return served[url];
  });
  return { asked, t };
};

const showMerge = async (served: Readonly<Record<string, unknown>>) => {
  const { asked, t } = german(served);
  render(
    <I18n.Provider value={await t}>
      <LazyRecordMerge ports={ports({ client: fakeClient() })} records={records} onBack={() => {}} />
    </I18n.Provider>,
  );
  return asked;
};

test('a German rep sees the merge view, which loads on first use, in German from views-de.json', async () => {
  const asked = await showMerge({ './translations/de.json': de, './translations/views-de.json': viewsDe });
  expect(await screen.findByRole('group', { name: 'Als Hauptdatensatz behalten' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Datensätze zusammenführen' })).toBeTruthy();
  // Keys of de.json still answer inside the view: the record's date follows de.json's locale.
  expect(
    screen.getByText(/Ada Lovelace \(1\) — Besitzer Grace Hopper, zuletzt geändert 08\.02\.2025/),
  ).toBeTruthy();
  expect(asked).toEqual(['./translations/de.json', './translations/views-de.json']);
});

test('when views-de.json cannot be fetched the merge view speaks English, never raw keys', async () => {
  await showMerge({ './translations/de.json': de });
  expect(await screen.findByRole('group', { name: 'Keep as main record' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Merge records' })).toBeTruthy();
  expect(screen.queryByText(/masterRecord|confirmMerge|recordOwnerModified/)).toBeNull();
});

test('a table that is not one (an HTML error page parsed as JSON, say) also falls back to English', async () => {
  await showMerge({ './translations/de.json': de, './translations/views-de.json': ['not', 'a', 'table'] });
  expect(await screen.findByRole('button', { name: 'Merge records' })).toBeTruthy();
});
