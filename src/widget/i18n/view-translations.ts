import views from '../../../app/translations/views-en.json';
import { createTranslator, isTable, type Translate } from './translate';

/**
 * `t` extended with the table only the views that load on first use read (views-<lang>.json, beside en.json):
 * that table in `t`'s language, English for any of its keys it lacks or on any failure, `t` for every other key.
 */
export const withViewTranslations = async (t: Translate): Promise<Translate> => {
  const english = createTranslator(views, views, 'en', t);
  if (!t.fetchTable) return english;
  try {
    const table = await t.fetchTable('views');
    return isTable(table) ? createTranslator(table, views, t.locale ?? 'en', t) : english;
  } catch {
    return english;
  }
};
