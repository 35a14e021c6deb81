import { fieldLabel } from '../format';
import type { CheckState } from '../hooks/use-duplicate-check';
import { useT } from '../i18n/i18n-context';
import { uncheckedText } from './checked-text';
import { MatchList, type MatchListProps } from './MatchList';

export type CheckPanelProps = Omit<MatchListProps, 'matches' | 'labelOf' | 'context'> & {
  readonly state: CheckState;
  readonly onRetry: () => void;
  /** The module of the form being checked. */
  readonly module: string;
};

/** The body under the status line, one branch per check status. */
export const CheckPanel = ({ state, onRetry, module, ...list }: CheckPanelProps) => {
  const t = useT();
  switch (state.status) {
    case 'idle':
      return <p class="hint">{t('idle')}</p>;
    case 'checking':
      return <p class="hint" aria-busy="true" />;
    case 'clear': {
      const unchecked = uncheckedText(t, state);
      // Search answers only with records the rep may see; Zoho's own check on save sees them all.
      return (
        <>
          {unchecked && <p class="hint">{unchecked}</p>}
          <p class="hint">{t('notVisible')}</p>
        </>
      );
    }
    case 'off':
      return <p class="hint">{t('offHint')}</p>;
    case 'found':
      return (
        <MatchList
          matches={state.matches}
          labelOf={(f) => state.labels[f] ?? fieldLabel(f)}
          context={{ module, onSave: state.policy.onSave }}
          {...list}
        />
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
