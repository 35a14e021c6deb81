import type { OnSave } from '../dedupe/settings';
import type { Match } from '../dedupe/types';
import { moduleLabel } from './format';
import type { Translate } from './i18n/translate';

/** The form the check ran for, and what the admin's settings let a rep do with a likely duplicate. */
export type VerdictContext = { readonly module: string; readonly onSave: OnSave };

/** A block that only the Leads duplicate check preference explains: another module, or a converted Lead. */
const byPreference = (match: Match, module: string | null): boolean =>
  match.candidate.converted || (module !== null && match.candidate.module !== module);

/** What Zoho, or the admin's settings, will do when the rep saves beside this match. */
export const verdictText = (
  t: Translate,
  match: Match,
  labelOf: (field: string) => string,
  context: VerdictContext | null,
): string => {
  const field = labelOf(match.blockingFields[0] ?? '');
  const { candidate } = match;
  switch (match.classification) {
    case 'blocking':
      return byPreference(match, context?.module ?? null)
        ? t('verdict.preference', { field, record: moduleLabel(t, candidate.module, candidate.converted) })
        : t('verdict.blocking', { field });
    case 'likely':
      return context?.onSave === 'block' ? t('verdict.likelyBlocked') : t('verdict.likely');
    case 'possible':
      return t('verdict.possible');
  }
};
