import type { OnSave } from '../../dedupe/settings';
import type { CheckState } from '../hooks/use-duplicate-check';
import { useT } from '../i18n/i18n-context';
import type { WidgetPorts } from '../ports';
import type { StartData } from '../start-data';

export type PopupActionsProps = {
  readonly ports: WidgetPorts;
  readonly start: StartData;
  readonly state: CheckState;
};

/** The admin's saved rule wins; the Client Script's CONFIG.onSave stands in only when the org has none. */
const saveRule = (start: StartData, state: CheckState): OnSave => {
  if (!('policy' in state)) return start.onSave ?? 'warn';
  const { policy } = state;
  return policy.notice === null ? policy.onSave : (start.onSave ?? policy.onSave);
};

/**
 * Whether "Save anyway" may be offered: never past a duplicate Zoho refuses, never past a likely one when the
 * rule is block. The widget decides, so the script can trust `{action: 'save'}`.
 */
export const saveAllowed = (start: StartData, state: CheckState): boolean => {
  if (state.status === 'checking' || start.clashes.length > 0) return false;
  if (state.status !== 'found') return true;
  const block = saveRule(start, state) === 'block';
  return state.matches.every(
    (m) => m.classification === 'possible' || (m.classification === 'likely' && !block),
  );
};

/** In the Client Script's save popup: hand the rep's decision back to the page. */
export const PopupActions = ({ ports, start, state }: PopupActionsProps) => {
  const t = useT();
  const close = ports.close;
  if (!close || start.placement !== 'popup') return null;
  return (
    <div class="actions footer">
      <button type="button" onClick={() => close({ action: 'cancel' })}>
        {t('cancelSave')}
      </button>
      {saveAllowed(start, state) && (
        <button type="button" onClick={() => close({ action: 'save' })}>
          {t('saveAnyway')}
        </button>
      )}
    </div>
  );
};
