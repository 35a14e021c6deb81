import { useMemo, useState } from 'preact/hooks';
import type { Match } from '../../dedupe/types';
import { fieldLabel, recordName, valueText } from '../format';
import { useRecordMerge } from '../hooks/use-record-merge';
import { useT } from '../i18n/i18n-context';
import { defaultRecordPicks, mergeFields, mergeRequest, type RecordPicks } from '../merge/record-merge-plan';
import type { WidgetPorts } from '../ports';
import { ErrorNotice } from './ErrorNotice';
import { RecordLink } from './RecordLink';

export type RecordMergeProps = {
  readonly ports: WidgetPorts;
  readonly matches: readonly Match[];
  readonly onBack: () => void;
};

/** "Merge records": pick the main record and, per differing field, whose value survives. */
export const RecordMerge = ({ ports, matches, onBack }: RecordMergeProps) => {
  const t = useT();
  const records = matches.map((m) => m.candidate);
  const module = records[0]?.module ?? '';
  const { state, merge, reset } = useRecordMerge(ports.client, module);
  const [master, setMaster] = useState(0);
  const fields = useMemo(() => mergeFields(records), [records]);
  const [picks, setPicks] = useState<RecordPicks | null>(null);
  const current = picks ?? defaultRecordPicks(fields, master);
  const names = records.map((r) => `${recordName(r, t)} (${r.id})`);
  const masterRecord = records[master];

  if (state.status === 'merged') {
    const id = state.outcome.status === 'merged' ? state.outcome.id : (masterRecord?.id ?? '');
    return (
      <section class="merge" aria-labelledby="merge-title">
        <h2 id="merge-title">{t('confirmMerge')}</h2>
        <p class="notice ok">{state.outcome.status === 'merged' ? t('merged') : t('mergeScheduled')}</p>
        <RecordLink url={ports.recordUrl(module, id)} name={names[master] ?? ''} />
      </section>
    );
  }
  return (
    <section class="merge" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('confirmMerge')}</h2>
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={reset} />}
      <fieldset>
        <legend>{t('masterRecord')}</legend>
        {names.map((name, i) => (
          <label key={name} class="option">
            <input
              type="radio"
              name="master"
              checked={master === i}
              onChange={() => {
                setMaster(i);
                setPicks(null);
              }}
            />
            <span class="value">{name}</span>
          </label>
        ))}
      </fieldset>
      <div class="choices">
        {fields.map((f) => (
          <fieldset key={f.field} class="differs">
            <legend>{fieldLabel(f.field)}</legend>
            {f.values.map((v, i) => (
              <label key={names[i]} class={`option ${current[f.field] === i ? 'picked' : ''}`}>
                <input
                  type="radio"
                  name={`merge-${f.field}`}
                  checked={current[f.field] === i}
                  onChange={() => setPicks({ ...current, [f.field]: i })}
                />
                <span class="value">
                  {t('valueFrom', { value: valueText(v) || t('empty'), record: names[i] ?? '' })}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={state.status === 'merging' || !masterRecord}
          onClick={() =>
            masterRecord && merge(masterRecord.id, mergeRequest(records, master, fields, current))
          }
        >
          {state.status === 'merging' ? t('saving') : t('confirmMerge')}
        </button>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </section>
  );
};
