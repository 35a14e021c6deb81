import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../../../app/translations/settings-en.json';
import type { CrmClient } from '../../zoho/crm-client';
import { createTranslator, type Table, type Translate } from '../i18n/translate';
import { zohoUserLocale } from '../i18n/user-locale';

const english: Translate = createTranslator(en, en, 'en');

export const SettingsI18n = createContext<Translate>(english);
export const useT = (): Translate => useContext(SettingsI18n);

const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');

/** English is bundled; German is fetched beside settings.html; anything failing falls back to English. */
export const loadSettingsTranslations = async (
  locale: string,
  fetchJson: (url: string) => Promise<unknown>,
): Promise<Translate> => {
  const language = locale.slice(0, 2).toLowerCase();
  if (language !== 'de') return english;
  try {
    const table = await fetchJson(`./translations/settings-${language}.json`);
    return isTable(table) ? createTranslator(table, en, locale) : english;
  } catch {
    return english;
  }
};

/**
 * The signed-in Zoho user's language (CONFIG.getCurrentUser), as the preview widget speaks it; the browser's
 * language only when Zoho does not say (no language, an error, no answer in time).
 */
export const loadUserSettingsTranslations = async (
  client: Pick<CrmClient, 'getCurrentUser'>,
  browserLocale: string,
  fetchJson: (url: string) => Promise<unknown>,
): Promise<Translate> => loadSettingsTranslations(await zohoUserLocale(client, browserLocale), fetchJson);
