import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from '../../../app/translations/import-en.json';
import { createTranslator, type Table, type Translate } from '../i18n/translate';

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
