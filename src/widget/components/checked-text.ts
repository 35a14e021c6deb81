import { fieldLabel, modulesList } from '../format';
import type { CheckState } from '../hooks/use-duplicate-check';
import type { Translate } from '../i18n/translate';

type Clear = Extract<CheckState, { readonly status: 'clear' }>;

const list = (t: Translate, items: readonly string[]): string =>
  items.length < 2
    ? items.join('')
    : t('and', { a: items.slice(0, -1).join(', '), b: items[items.length - 1] ?? '' });

/**
 * "Email in Leads and Contacts; Phone in Leads": each set of compared fields with the modules searched by it.
 * Null when the checker did not say what it compared, or compared nothing.
 */
export const checkedText = (t: Translate, state: Clear): string | null => {
  if (!state.searched) return null;
  const labelOf = (field: string) => state.labels?.[field] ?? fieldLabel(field);
  const groups = new Map<string, string[]>();
  for (const [module, fields] of Object.entries(state.searched)) {
    if (fields.length === 0) continue;
    const key = list(t, fields.map(labelOf));
    groups.set(key, [...(groups.get(key) ?? []), module]);
  }
  if (groups.size === 0) return null;
  return [...groups]
    .map(([fields, modules]) => t('checkedIn', { fields, modules: modulesList(t, modules) }))
    .join('; ');
};

/** "Not checked: Website." for filled match fields no searched module has; null when every one was compared. */
export const uncheckedText = (t: Translate, state: Clear): string | null => {
  const fields = state.unchecked ?? [];
  if (fields.length === 0) return null;
  return t('notChecked', {
    fields: list(
      t,
      fields.map((f) => state.labels?.[f] ?? fieldLabel(f)),
    ),
  });
};
