import { useEffect } from 'preact/hooks';
import type { OnSave } from '../../dedupe/settings';
import type { Match } from '../../dedupe/types';
import { moduleLabel, recordName } from '../format';
import type { CheckState } from '../hooks/use-duplicate-check';
import { useSaveAnyway } from '../hooks/use-save-anyway';
import { useT } from '../i18n/i18n-context';
import type { WidgetPorts } from '../ports';
import { decidingMatch, saveReason } from '../save-reason';
import type { StartData } from '../start-data';
import { RefusedSave } from './RefusedSave';

export type PopupActionsProps = {
  readonly ports: WidgetPorts;
  readonly start: StartData;
  readonly state: CheckState;
  readonly labelOf: (field: string) => string;
  readonly urlOf: (match: Match) => string | null;
  /** "Update existing" (create page) or "Merge into" (edit page) for the deciding match, where it applies. */
  readonly actionFor: (match: Match) => { readonly label: string; readonly run: () => void } | null;
};

/** The admin's saved rule wins; the Client Script's CONFIG.onSave stands in only when the org has none. */
export const saveRule = (start: StartData, state: CheckState): OnSave => {
  if (!('policy' in state)) return start.onSave ?? 'warn';
  const { policy } = state;
  return policy.notice === null ? policy.onSave : (start.onSave ?? policy.onSave);
};

/**
 * Whether "Save anyway" may be offered: never before the check has answered, never past a duplicate Zoho
 * refuses, never past a likely one (or an unknown verdict) when the rule is block.
 */
export const saveAllowed = (start: StartData, state: CheckState): boolean => {
  if (state.status === 'checking' || state.status === 'idle' || start.clashes.length > 0) return false;
  const block = saveRule(start, state) === 'block';
  if (state.status === 'error') return !block;
  if (state.status !== 'found') return true;
  return state.matches.every(
    (m) => m.classification === 'possible' || (m.classification === 'likely' && !block),
  );
};

/** Nothing for the rep to decide: no match, only possible ones, or checks switched off. */
const nothingToDecide = (state: CheckState): boolean =>
  state.status === 'clear' ||
  state.status === 'off' ||
  (state.status === 'found' && state.matches.every((m) => m.classification === 'possible'));

/** The save popup's decision, always in view: one line of reason, then Update existing · Save anyway · Don't save. */
export const PopupActions = ({ ports, start, state, labelOf, urlOf, actionFor }: PopupActionsProps) => {
  const t = useT();
  const close = ports.close;
  const popup = close !== null && start.placement === 'popup';
  const saver = useSaveAnyway(ports.client, start.module, (id) => close?.({ action: 'saved', recordId: id }));
  const quiet = popup && start.clashes.length === 0 && nothingToDecide(state);
  // The same check as the preview found nothing to decide: the save goes on without a word.
  useEffect(() => {
    if (quiet) close?.({ action: 'save', ...(state.status === 'off' ? { off: true } : {}) });
  }, [quiet]);
  if (!popup || quiet) return null;
  const rule = saveRule(start, state);
  const match = state.status === 'found' ? decidingMatch(state.matches) : undefined;
  const action = match ? actionFor(match) : null;
  const busy = saver.state.status === 'saving';
  const reason = saveReason(t, state, start.values, labelOf, rule);
  const saveAnyway = () => {
    if (!match) return saver.save(start.values, { title: t('note.title'), content: t('note.unchecked') });
    const url = urlOf(match);
    const content = t('note.content', {
      name: recordName(match.candidate, t),
      record: moduleLabel(t, match.candidate.module, match.candidate.converted),
      id: match.candidate.id,
      link: url ?? '',
      reason,
    });
    return saver.save(start.values, { title: t('note.title'), content });
  };
  return (
    <div class="decision">
      {/* One line, cut short where the popup is narrow: the title holds it whole. */}
      <p class="reason" title={reason}>
        {reason}
      </p>
      {saver.state.status === 'failed' && <RefusedSave error={saver.state.error} labelOf={labelOf} />}
      {saver.state.status === 'note-failed' && <p class="notice warn">{t('note.failed')}</p>}
      <div class="actions">
        {action && saver.state.status !== 'note-failed' && (
          <button type="button" class="primary" disabled={busy} onClick={action.run}>
            {action.label}
          </button>
        )}
        {saver.state.status === 'note-failed' ? (
          <button
            type="button"
            class="primary"
            onClick={() =>
              saver.state.status === 'note-failed' && close?.({ action: 'saved', recordId: saver.state.id })
            }
          >
            {t('openSaved')}
          </button>
        ) : (
          saveAllowed(start, state) && (
            <button type="button" disabled={busy} onClick={saveAnyway}>
              {busy ? t('saving') : t('saveAnyway')}
            </button>
          )
        )}
        {saver.state.status !== 'note-failed' && (
          <button type="button" disabled={busy} onClick={() => close?.({ action: 'cancel' })}>
            {t('cancelSave')}
          </button>
        )}
      </div>
    </div>
  );
};
