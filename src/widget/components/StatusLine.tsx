import { errorText, modulesList } from '../format';
import type { CheckState } from '../hooks/use-duplicate-check';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../i18n/translate';
import { assertNever } from './CheckPanel';

export const statusText = (t: Translate, state: CheckState): string => {
  switch (state.status) {
    case 'idle':
      return '';
    case 'checking':
      return t('checking');
    case 'found':
      return t('found', { count: state.matches.length });
    case 'clear':
      return t('clear', { modules: modulesList(t, state.modules) });
    case 'off':
      return t('off', { module: modulesList(t, [state.module]) });
    case 'error':
      return errorText(t, state.error);
    default:
      return assertNever(state);
  }
};

/** The live region: present from the first paint so screen readers announce each result without moving focus. */
export const StatusLine = ({ state }: { readonly state: CheckState }) => {
  const t = useT();
  return (
    <p role="status" class={`status ${state.status}`}>
      {statusText(t, state)}
    </p>
  );
};
