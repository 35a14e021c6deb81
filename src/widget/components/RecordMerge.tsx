import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CandidateRecord } from '../../dedupe/types';
import { dateText, fieldLabel, recordName, valueText } from '../format';
import { useRecordMerge } from '../hooks/use-record-merge';
import { useT } from '../i18n/i18n-context';
import type { Translate } from '../i18n/translate';
import {
  defaultRecordPicks,
  droppedValues,
  mergeFields,
  mergeRequest,
  type RecordPicks,
} from '../merge/record-merge-plan';
import type { WidgetPorts } from '../ports';
import { ErrorNotice } from './ErrorNotice';
import { MergeRemovals } from './MergeRemovals';
import { RecordLink } from './RecordLink';
import './merge.css';

/** Each record's name, with its id only where two records share a name. */
const shortNames = (records: readonly CandidateRecord[], t: Translate): readonly string[] => {
  const plain = records.map((r) => recordName(r, t));
  return plain.map((n, i) => (plain.indexOf(n) === plain.lastIndexOf(n) ? n : `${n} (${records[i]?.id})`));
};

export type RecordMergeProps = {
  readonly ports: WidgetPorts;
  /** 2–3 live records of one module; the first is the default main record. */
  readonly records: readonly CandidateRecord[];
  readonly onBack: () => void;
  /**
   * Called once the merge is done (what a check found before may name the merged-away records), with the kept
   * record's id; null when Zoho scheduled the merge and the records are not merged yet.
   */
  readonly onMerged?: (keptId: string | null) => void;
  /** Edit page: the edited record (last) goes into the first, which stays; the rep confirms before it runs. */
  readonly into?: boolean;
  /** A field's label from the module's metadata (a Lead's Designation reads "Title"). */
  readonly labelOf?: (field: string) => string;
};

/** "Merge records": pick the main record and, per differing field, whose value survives. */
export const RecordMerge = ({
  ports,
  records,
  onBack,
  onMerged,
  into = false,
  labelOf = fieldLabel,
}: RecordMergeProps) => {
  const t = useT();
  const module = records[0]?.module ?? '';
  const { state, merge, reset } = useRecordMerge(ports.client, module);
  const [master, setMaster] = useState(0);
  const fields = useMemo(() => mergeFields(records), [records]);
  const [picks, setPicks] = useState<RecordPicks | null>(null);
  const [confirming, setConfirming] = useState(false);
  const current = picks ?? defaultRecordPicks(fields, master);
  const names = records.map((r) => `${recordName(r, t)} (${r.id})`);
  // Two records often share a name: owner and last change tell them apart.
  const described = records.map((r, i) =>
    t('recordOwnerModified', {
      name: names[i] ?? '',
      owner: r.owner?.name || t('noOwner'),
      modified: dateText(t, r.modifiedTime) || '—',
    }),
  );
  const keepAll = (i: number) => setPicks(Object.fromEntries(fields.map((f) => [f.field, i])));
  const short = shortNames(records, t);
  const masterRecord = records[master];
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on the view, and again on its outcome: as it renders, never a frame
  // later, so focus cannot jump away from a key the rep has already pressed.
  useLayoutEffect(() => heading.current?.focus(), [state.status]);
  useEffect(() => {
    if (state.status === 'merged') onMerged?.(state.outcome.status === 'merged' ? state.outcome.id : null);
  }, [state.status]);
  const title = (
    <h2 id="merge-title" tabIndex={-1} ref={heading}>
      {into && records[0] ? t('mergeInto', { name: recordName(records[0], t) }) : t('confirmMerge')}
    </h2>
  );

  if (state.status === 'merged') {
    const id = state.outcome.status === 'merged' ? state.outcome.id : (masterRecord?.id ?? '');
    return (
      <section class="merge" aria-labelledby="merge-title">
        {title}
        <p class="notice ok">{state.outcome.status === 'merged' ? t('merged') : t('mergeScheduled')}</p>
        <RecordLink url={ports.recordUrl(module, id)} name={names[master] ?? ''} />
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </section>
    );
  }
  return (
    <section class="merge" aria-labelledby="merge-title">
      {title}
      {state.status === 'failed' && <ErrorNotice error={state.error} onRetry={reset} />}
      <fieldset>
        <legend>{t('masterRecord')}</legend>
        {described.map((name, i) => (
          <label key={names[i]} class="option">
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
      <div class="actions keep-all">
        {described.map((name, i) => (
          <button key={names[i]} type="button" onClick={() => keepAll(i)}>
            {t('keepAllFrom', { name: short[i] ?? name })}
          </button>
        ))}
      </div>
      <div class="choices">
        {fields.map((f) => (
          <fieldset key={f.field} class="differs">
            <legend>{labelOf(f.field)}</legend>
            {f.values.map((v, i) => (
              <label key={names[i]} class={`option ${current[f.field] === i ? 'picked' : ''}`}>
                <input
                  type="radio"
                  name={`merge-${f.field}`}
                  checked={current[f.field] === i}
                  onChange={() => setPicks({ ...current, [f.field]: i })}
                />
                <span class="source">{short[i]}</span>
                <span class={valueText(v) ? 'value' : 'value none'}>{valueText(v) || t('empty')}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <MergeRemovals
        names={names}
        master={master}
        dropped={droppedValues(fields, current)}
        labelOf={labelOf}
      />
      <p class="hint">{t('mergeMoves', { name: short[master] ?? '' })}</p>
      {/* Focus stays on the button, now "Yes, merge": the question is announced, not only shown. */}
      {confirming && (
        <p class="notice warn" role="alert">
          {t('mergeConfirmQuestion')}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={state.status === 'merging' || !masterRecord}
          onClick={() => {
            if (into && !confirming) return setConfirming(true);
            if (masterRecord) merge(masterRecord.id, mergeRequest(records, master, fields, current));
          }}
        >
          {state.status === 'merging' ? t('saving') : confirming ? t('mergeConfirmYes') : t('confirmMerge')}
        </button>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </section>
  );
};
