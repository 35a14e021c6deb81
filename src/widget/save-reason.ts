import type { OnSave } from '../dedupe/settings';
import type { Match, Values } from '../dedupe/types';
import { comparisonText } from './comparison-text';
import { errorText, moduleLabel, recordName, valueText } from './format';
import type { CheckState } from './hooks/use-duplicate-check';
import type { Translate } from './i18n/translate';

/** The match the save decision is about: one Zoho refuses first, else the most certain. */
export const decidingMatch = (matches: readonly Match[]): Match | undefined =>
  matches.find((m) => m.classification === 'blocking') ?? matches[0];

/** The one line above the popup's choices; it never claims a verdict the check did not reach. */
export const saveReason = (
  t: Translate,
  state: CheckState,
  incoming: Values,
  labelOf: (field: string) => string,
  rule: OnSave,
): string => {
  if (state.status === 'error') return t('reason.unknown', { error: errorText(t, state.error) });
  if (state.status !== 'found') return t('reason.checking');
  const match = decidingMatch(state.matches);
  if (!match) return t('reason.checking');
  const name = recordName(match.candidate, t);
  const record = moduleLabel(t, match.candidate.module, match.candidate.converted);
  if (match.classification === 'blocking') {
    const field = match.blockingFields[0] ?? '';
    const value = valueText(incoming[field]);
    return value
      ? t('reason.blocking', { value, name, record })
      : t('reason.blockingField', { field: labelOf(field), name, record });
  }
  const how = match.fields.map((f) => comparisonText(t, f, match, incoming)).join(', ');
  return rule === 'block'
    ? t('reason.likelyBlocked', { name, record, how })
    : t('reason.likely', { name, record, how });
};
