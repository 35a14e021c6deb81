import en from '../../../app/translations/en.json';
import { createTranslator, isTable, type Translate } from './translate';

/** Languages shipped beside widget.html in translations/; English is bundled. */
export const LANGUAGES = ['en', 'de'] as const;

/**
 * English at once; another shipped language is fetched by relative URL, falling back to English on any failure.
 * Its translator can fetch the language's further tables (views-<lang>.json) the same way.
 */
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
    if (!isTable(table)) return createTranslator(en, en, 'en');
    const fetchTable = (name: string) => fetchJson(`./translations/${name}-${language}.json`);
    return Object.assign(createTranslator(table, en, locale), { fetchTable });
  } catch {
    return createTranslator(en, en, 'en');
  }
};
