import { errorText, modulesList } from '../format';
import type { CheckState } from '../hooks/use-duplicate-check';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../i18n/translate';
import { assertNever } from './CheckPanel';
import { checkedText } from './checked-text';

export const statusText = (t: Translate, state: CheckState): string => {
  switch (state.status) {
    case 'idle':
      return '';
    case 'checking':
      return t('checking');
    case 'found': {
      // The count says what the cards say: likely (Zoho's block counts as likely) or possible.
      const count = state.matches.length;
      const likely = state.matches.filter((m) => m.classification !== 'possible').length;
      if (likely === 0) return t('found', { count });
      return likely === count ? t('foundLikely', { count }) : t('foundMixed', { count, likely });
    }
    case 'clear': {
      const checked = checkedText(t, state);
      return checked
        ? t('clearChecked', { checked })
        : t('clear', { modules: modulesList(t, state.modules) });
    }
    case 'off':
      return t('off', { module: modulesList(t, [state.module]) });
    case 'error':
      return errorText(t, state.error);
    default:
      return assertNever(state);
  }
};

const rechecking = (state: CheckState): boolean =>
  (state.status === 'found' || state.status === 'clear') && state.rechecking === true;

/**
 * The live region: present from the first paint so screen readers announce each result without moving focus.
 * While a newer check runs over results in view, the results stay and a small indicator says so.
 */
export const StatusLine = ({ state }: { readonly state: CheckState }) => {
  const t = useT();
  const again = rechecking(state);
  return (
    <p role="status" class={`status ${state.status}`} aria-busy={again ? 'true' : undefined}>
      {statusText(t, state)}
      {again && (
        <>
          <span class="spinner" aria-hidden="true" />
          <span class="rechecking">{t('rechecking')}</span>
        </>
      )}
    </p>
  );
};
