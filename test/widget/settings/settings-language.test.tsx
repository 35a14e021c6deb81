import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import importDe from '../../../app/translations/import-de.json';
import settingsDe from '../../../app/translations/settings-de.json';
import { DEFAULT_SETTINGS } from '../../../src/dedupe/settings';
import { ImportApp } from '../../../src/widget/import/ImportApp';
import { ImportI18n, loadUserImportTranslations } from '../../../src/widget/import/import-i18n';
import { SettingsApp } from '../../../src/widget/settings/SettingsApp';
import { loadUserSettingsTranslations, SettingsI18n } from '../../../src/widget/settings/settings-i18n';
import type { CrmClient } from '../../../src/zoho/crm-client';
import { err, ok } from '../../../src/zoho/result';
import { encodeSettings } from '../../../src/zoho/settings-codec';
import { seededClient } from '../support/seeded-client';
import { fakeClient } from './fake-client';

afterEach(cleanup);

/** What CONFIG.getCurrentUser answers: an admin with this Zoho language, or no answer at all (undefined). */
const signedIn = (client: CrmClient, language: string | null | undefined): CrmClient => ({
  ...client,
  getCurrentUser: async () =>
    language === undefined
      ? err({ kind: 'timeout', ms: 5000 })
      : ok({ id: 'u1', name: 'Pat', profile: 'Administrator', profileId: 'p1', role: null, language }),
});

/** The translations served beside settings.html and import.html. */
const served = async (url: string): Promise<unknown> => {
  if (url === './translations/settings-de.json') return settingsDe;
  if (url === './translations/import-de.json') return importDe;
  throw new Error(`not served: ${url}`);
};

/** The settings page as main.tsx paints it: translations for the signed-in user, browser as the fallback. */
const openSettings = async (language: string | null | undefined, browser: string) => {
  const client = signedIn(fakeClient({ variable: encodeSettings(DEFAULT_SETTINGS) }).client, language);
  const t = await loadUserSettingsTranslations(client, browser, served);
  render(
    <SettingsI18n.Provider value={t}>
      <SettingsApp client={client} />
    </SettingsI18n.Provider>,
  );
};

describe('the settings page speaks the Zoho user’s language, not the browser’s', () => {
  test('a German Zoho user gets German labels although the browser says English', async () => {
    await openSettings('de_DE', 'en-US');
    await screen.findByRole('button', { name: 'Einstellungen speichern' });
    expect(screen.getByLabelText('Wahrscheinliches Duplikat ab')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });

  test('an English Zoho user gets English labels although the browser says German', async () => {
    await openSettings('en_US', 'de-DE');
    await screen.findByRole('button', { name: 'Save settings' });
    expect(screen.getByLabelText('Likely duplicate from')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Einstellungen speichern' })).toBeNull();
  });

  test('when Zoho does not say the language, or who the user is, the browser’s language applies', async () => {
    await openSettings(null, 'de-DE');
    await screen.findByRole('button', { name: 'Einstellungen speichern' });
    cleanup();
    // No user at all: read-only (no save button), but still labelled in the browser's German.
    await openSettings(undefined, 'de-AT');
    expect(await screen.findByLabelText('Wahrscheinliches Duplikat ab')).toBeTruthy();
  });
});

describe('the import page speaks the Zoho user’s language, not the browser’s', () => {
  const openImport = async (language: string | null | undefined, browser: string) => {
    const client = signedIn(seededClient('sandbox-admin').client, language);
    const t = await loadUserImportTranslations(client, browser, served);
    render(
      <ImportI18n.Provider value={t}>
        <ImportApp client={client} storage={{ getItem: () => null, setItem: () => {} }} link={() => null} />
      </ImportI18n.Provider>,
    );
  };

  test('a German Zoho user gets German labels although the browser says English, and the reverse', async () => {
    await openImport('de_DE', 'en-US');
    expect(screen.getByRole('combobox', { name: 'Modul' })).toBeTruthy();
    cleanup();
    await openImport('en', 'de-DE');
    expect(screen.getByRole('combobox', { name: 'Module' })).toBeTruthy();
  });

  test('when Zoho does not say, the browser’s language applies', async () => {
    await openImport(undefined, 'de-DE');
    expect(screen.getByRole('combobox', { name: 'Modul' })).toBeTruthy();
  });
});
