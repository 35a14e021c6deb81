import { fieldLabel } from '../format';
import type { CheckState } from '../hooks/use-duplicate-check';
import { useT } from '../i18n/i18n-context';
import { MatchList, type MatchListProps } from './MatchList';

export type CheckPanelProps = Omit<MatchListProps, 'matches' | 'labelOf'> & {
  readonly state: CheckState;
  readonly onRetry: () => void;
};

/** The body under the status line, one branch per check status. */
export const CheckPanel = ({ state, onRetry, ...list }: CheckPanelProps) => {
  const t = useT();
  switch (state.status) {
    case 'idle':
      return <p class="hint">{t('idle')}</p>;
    case 'checking':
      return <p class="hint" aria-busy="true" />;
    case 'clear':
      return null;
    case 'found':
      return (
        <MatchList matches={state.matches} labelOf={(f) => state.labels[f] ?? fieldLabel(f)} {...list} />
      );
    case 'error':
      // The status line above already says what went wrong.
      return (
        <button type="button" class="retry" onClick={onRetry}>
          {t('retry')}
        </button>
      );
    default:
      return assertNever(state);
  }
};

export const assertNever = (value: never): never => {
  throw new Error(`Unhandled state: ${JSON.stringify(value)}`);
};
