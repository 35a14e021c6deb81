import en from '../../../app/translations/en.json';
import { createTranslator, type Table, type Translate } from './translate';

/** Languages shipped beside widget.html in translations/; English is bundled. */
export const LANGUAGES = ['en', 'de'] as const;

const isTable = (value: unknown): value is Table =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((entry) => typeof entry === 'string');

/** English at once; another shipped language is fetched by relative URL, falling back to English on any failure. */
export const loadTranslations = async (
  locale: string,
  fetchJson: (url: string) => Promise<unknown>,
): Promise<Translate> => {
  const language = locale.slice(0, 2).toLowerCase();
  if (language === 'en' || !(LANGUAGES as readonly string[]).includes(language)) {
    return createTranslator(en, en, 'en');
  }
  try {
    const table = await fetchJson(`./translations/${language}.json`);
    return isTable(table) ? createTranslator(table, en, locale) : createTranslator(en, en, 'en');
  } catch {
    return createTranslator(en, en, 'en');
  }
};
