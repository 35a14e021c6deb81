import type { CheckState } from '../hooks/use-duplicate-check';
import { useT } from '../i18n/i18n-context';
import type { WidgetPorts } from '../ports';
import type { StartData } from '../start-data';

export type PopupActionsProps = {
  readonly ports: WidgetPorts;
  readonly start: StartData;
  readonly state: CheckState;
};

/** In the Client Script's save popup: hand the rep's decision back to the page. */
export const PopupActions = ({ ports, start, state }: PopupActionsProps) => {
  const t = useT();
  const close = ports.close;
  if (!close || start.placement !== 'popup') return null;
  const blocked =
    start.clashes.length > 0 ||
    (state.status === 'found' && state.matches.some((m) => m.classification === 'blocking'));
  const canSave = state.status !== 'checking' && (!blocked || start.allowSave);
  return (
    <div class="actions footer">
      <button type="button" onClick={() => close({ action: 'cancel' })}>
        {t('cancelSave')}
      </button>
      {canSave && (
        <button type="button" onClick={() => close({ action: 'save' })}>
          {t('saveAnyway')}
        </button>
      )}
    </div>
  );
};
