import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { planMerge } from '../../dedupe/merge-plan';
import type { Match, Values } from '../../dedupe/types';
import { labelsOf, moduleLabel, recordName } from '../format';
import { useUpsertMerge } from '../hooks/use-upsert-merge';
import { useT } from '../i18n/i18n-context';
import { mergeRows, type Picks } from '../merge/merge-rows';
import type { WidgetPorts } from '../ports';
import { ChangeSummary } from './ChangeSummary';
import { ErrorNotice } from './ErrorNotice';
import { MergeChoices } from './MergeChoices';
import { RecordLink } from './RecordLink';
import { UndoConflict } from './UndoConflict';
import { UnexpectedInsert } from './UnexpectedInsert';
import './merge.css';

export type UpsertMergeProps = {
  readonly ports: WidgetPorts;
  readonly match: Match;
  readonly incoming: Values;
  readonly onBack: () => void;
  /** A field's label from the checked module's metadata, for fields the record's own metadata lacks. */
  readonly labelOf?: (field: string) => string;
};

const undoable = (status: string): boolean =>
  status === 'available' || status === 'running' || status === 'failed' || status === 'changed';

/** "Update this record instead": choose per field, confirm, then see what changed and undo it. */
export const UpsertMerge = ({ ports, match, incoming, onBack, labelOf }: UpsertMergeProps) => {
  const t = useT();
  const { module, id } = match.candidate;
  const { state, confirm, undo, retry } = useUpsertMerge(ports.client, module, id, ports.clock);
  // A reload after 412 keeps the rep's picks.
  const [picks, setPicks] = useState<Picks>({});
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus lands on the view and its outcome as it renders, never a frame later, so it cannot jump away from a key
  // the rep has already pressed.
  useLayoutEffect(() => heading.current?.focus(), [state.status]);
  const target = state.status === 'loading' ? null : state.target;
  // The record's module metadata, read with the record, names its fields (a Lead's Designation reads "Title").
  const label = labelsOf(target?.fields ?? [], labelOf);
  const record = target?.record ?? match.candidate;
  const name = recordName(record, t);
  const url = ports.recordUrl(module, id);

  const body = () => {
    switch (state.status) {
      case 'loading':
        return <p class="hint">{t('clashLoading')}</p>;
      case 'failed':
        return <ErrorNotice error={state.error} onRetry={retry} />;
      case 'gone':
        return (
          <>
            <p class="notice warn">{t(`gone.${state.reason}`)}</p>
            <div class="actions">
              <button type="button" onClick={onBack}>
                {t('back')}
              </button>
            </div>
          </>
        );
      case 'inserted':
        return <UnexpectedInsert ports={ports} module={module} id={state.id} onBack={onBack} />;
      case 'editing':
      case 'saving': {
        const { target } = state;
        const rows = mergeRows(target.record.values, incoming);
        const plan = planMerge({ incoming, existing: target.record, picks, ...target });
        return (
          <>
            {state.status === 'editing' && state.changedSince.length > 0 && (
              <p class="notice warn">{t('conflict')}</p>
            )}
            <p class="hint">{t('mergeHint')}</p>
            <MergeChoices
              rows={rows}
              picks={picks}
              onPick={(field, side) => setPicks({ ...picks, [field]: side })}
              changedSince={state.status === 'editing' ? state.changedSince : []}
              labelOf={label}
            />
            <ChangeSummary changes={plan.changes} title={t('summary')} labelOf={label} />
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={state.status === 'saving'}
                onClick={() => confirm(target, plan)}
              >
                {state.status === 'saving' ? t('saving') : t('confirm')}
              </button>
              <button type="button" onClick={onBack}>
                {t('back')}
              </button>
            </div>
          </>
        );
      }
      case 'done':
        return (
          <>
            <p class="notice ok">{state.saved ? t('done') : t('doneNoChange')}</p>
            {/* From the save popup the flow ends here: the form would only create the duplicate. */}
            {ports.close && <p class="notice">{t('updatedEnd', { name, record: moduleLabel(t, module) })}</p>}
            <ChangeSummary changes={state.plan.changes} title={t('summaryDone')} labelOf={label} />
            {state.undo.status === 'done' && state.saved && <p class="notice ok">{t('undone')}</p>}
            {state.undo.status === 'changed' && (
              <UndoConflict record={state.undo.record} fields={state.undo.fields} labelOf={label} />
            )}
            {state.undo.status === 'gone' && <p class="notice warn">{t(`undoGone.${state.undo.reason}`)}</p>}
            {state.undo.status === 'failed' && <p class="notice warn">{t('error.undo')}</p>}
            <div class="actions">
              <RecordLink url={url} name={name} />
              {undoable(state.undo.status) && (
                <button type="button" disabled={state.undo.status === 'running'} onClick={undo}>
                  {state.undo.status === 'changed' ? t('undoAnyway') : t('undo')}
                </button>
              )}
              {ports.close && (
                <button
                  type="button"
                  class="primary"
                  onClick={() => ports.close?.({ action: 'updated-existing', recordId: id })}
                >
                  {t('discardAndOpen', { name })}
                </button>
              )}
            </div>
          </>
        );
    }
  };

  return (
    <section class="merge" aria-labelledby="merge-title">
      <h2 id="merge-title" tabIndex={-1} ref={heading}>
        {t('mergeTitle', { name })}
      </h2>
      {body()}
    </section>
  );
};
