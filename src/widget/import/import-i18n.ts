import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../../../app/translations/import-en.json';
import type { CrmClient } from '../../zoho/crm-client';
import { createTranslator, type Table, type Translate } from '../i18n/translate';
import { zohoUserLocale } from '../i18n/user-locale';

const english: Translate = createTranslator(en, en, 'en');

export const ImportI18n = createContext<Translate>(english);
export const useT = (): Translate => useContext(ImportI18n);

const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');

/** English is bundled; German is fetched beside import.html; anything failing falls back to English. */
export const loadImportTranslations = async (
  locale: string,
  fetchJson: (url: string) => Promise<unknown>,
): Promise<Translate> => {
  if (locale.slice(0, 2).toLowerCase() !== 'de') return english;
  try {
    const table = await fetchJson('./translations/import-de.json');
    return isTable(table) ? createTranslator(table, en, locale) : english;
  } catch {
    return english;
  }
};

/**
 * The signed-in Zoho user's language (CONFIG.getCurrentUser), as the preview widget speaks it; the browser's
 * language only when Zoho does not say (no language, an error, no answer in time).
 */
export const loadUserImportTranslations = async (
  client: Pick<CrmClient, 'getCurrentUser'>,
  browserLocale: string,
  fetchJson: (url: string) => Promise<unknown>,
): Promise<Translate> => loadImportTranslations(await zohoUserLocale(client, browserLocale), fetchJson);
