import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CandidateRecord, Match } from '../../dedupe/types';
import type { Checker, CheckRequest } from '../check/types';
import { fieldLabel, recordName } from '../format';
import { useCloseWhenOff } from '../hooks/use-close-when-off';
import { useDismissed } from '../hooks/use-dismissed';
import { type CheckCache, useDuplicateCheck } from '../hooks/use-duplicate-check';
import { useEditedRecord } from '../hooks/use-edited-record';
import { useFitContent } from '../hooks/use-fit-content';
import { useFormFill } from '../hooks/use-form-fill';
import { useStartRecord } from '../hooks/use-start-record';
import { useT } from '../i18n/i18n-context';
import type { WidgetPorts } from '../ports';
import type { StartData } from '../start-data';
import { CheckPanel } from './CheckPanel';
import { ErrorNotice } from './ErrorNotice';
import { LazyClashPanel, LazyPopupActions, LazyRecordMerge, LazyUpsertMerge } from './lazy-views';
import { SettingsNote } from './SettingsNote';
import { StatusLine } from './StatusLine';

type View =
  | { readonly name: 'preview' }
  | { readonly name: 'update'; readonly match: Match }
  | { readonly name: 'merge'; readonly records: readonly CandidateRecord[] }
  /** Edit page: the edited record merged into a match (the match stays). */
  | { readonly name: 'merge-into'; readonly records: readonly CandidateRecord[] };

/** What the widget was opened with, and the platform to act on it. */
export type Session = { readonly ports: WidgetPorts; readonly start: StartData };

export type AppProps = {
  /** Null until the SDK has handed over start data and the client layer has loaded. */
  readonly session: Session | null;
  /** Translation key of the line shown while there is no session. */
  readonly hint: string;
  readonly resize: WidgetPorts['resize'];
  readonly cache: CheckCache;
  /** Offered beside the hint when starting failed (e.g. Zoho never answered init()). */
  readonly onRetry?: (() => void) | undefined;
};

const never: Checker = () => new Promise(() => {});

/** The widget: a live status line from the first paint, then the preview or one of the two merge flows. */
export const App = ({ session, hint, resize, cache, onRetry }: AppProps) => {
  const t = useT();
  const [view, setView] = useState<View>({ name: 'preview' });
  const start = session?.start ?? null;
  const { record, retry: reload } = useStartRecord(session?.ports.client ?? null, start);
  const values = record.status === 'ready' ? record.values : null;
  const request = useMemo<CheckRequest | null>(
    () => start && values && { module: start.module, values, excludeId: start.recordId },
    [start, values],
  );
  const { state, retry } = useDuplicateCheck(session?.ports.check ?? never, request, cache);
  const dismissal = useDismissed(state);
  useCloseWhenOff(state, start?.placement === 'flyout' ? session?.ports.closeSelf : null);
  const fillFor = useFormFill(start, session?.ports.populate ?? null);
  const edited = useEditedRecord(session?.ports.client ?? null, start);
  const root = useRef<HTMLElement>(null);
  useFitContent(root, resize);
  // The button that opened a view gets focus back when the rep returns to the list.
  const opener = useRef<HTMLElement | null>(null);
  // Moved as the view renders, so a key pressed right after cannot land before the focus does.
  useLayoutEffect(() => {
    if (view.name !== 'preview') return;
    opener.current?.focus();
    opener.current = null;
  }, [view]);
  if (!session || !start)
    return (
      <main class="widget" ref={root}>
        <h1 class="sr">{t('title')}</h1>
        <StatusLine state={state} />
        <p class="hint">{t(hint)}</p>
        {onRetry ? (
          <button type="button" class="retry" onClick={onRetry}>
            {t('retry')}
          </button>
        ) : null}
      </main>
    );
  const { ports } = session;
  const labels = state.status === 'found' ? state.labels : {};
  const labelOf = (field: string) => labels[field] ?? fieldLabel(field);
  // The check read the labels of its own module's fields: records of another module keep their API names.
  const mergeLabelOf = (records: readonly CandidateRecord[]) =>
    records[0]?.module === start.module ? labelOf : fieldLabel;
  const urlOf = (m: Match) => ports.recordUrl(m.candidate.module, m.candidate.id);
  const open = (next: View) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setView(next);
  };
  const back = () => setView({ name: 'preview' });
  // A merge deletes records: forget earlier answers and searches, and check again. A page showing one side of the
  // merge (a record page, or an edit page merged "into" a match) is stale, its record perhaps gone: the kept
  // record's page replaces it, as after Zoho's own merge.
  const refresh = (keptId: string | null, ownRecord: boolean) => {
    cache.clear();
    ports.check.invalidate?.();
    if (keptId !== null && ownRecord) {
      // The save popup answers the Client Script, the only one that can move its page (lib/$Client.js close):
      // its decide() cancels the save and opens the kept record, as after "Update existing".
      if (ports.close) return ports.close({ action: 'updated-existing', recordId: keptId });
      if (ports.openRecord) return ports.openRecord(start.module, keptId);
    }
    retry();
  };
  const sameLive = (match: Match) => match.candidate.module === start.module && !match.candidate.converted;
  const editing = start.placement !== 'record' && start.recordId !== null;
  // A create form's values can update a live record of its module; a record page has no new values to bring.
  const updateFor = (match: Match) =>
    start.placement !== 'record' && !editing && sameLive(match)
      ? () => open({ name: 'update', match })
      : null;
  // An edit page holds a record already: it is merged into the match instead (the record page's merge).
  const mergeIntoFor = (match: Match) =>
    editing && edited && sameLive(match)
      ? () => open({ name: 'merge-into', records: [match.candidate, edited] })
      : null;
  const actionFor = (match: Match) => {
    const update = updateFor(match);
    if (update) return { label: t('updateExisting'), run: update };
    const merge = mergeIntoFor(match);
    return merge ? { label: t('mergeInto', { name: recordName(match.candidate, t) }), run: merge } : null;
  };
  const popup = start.placement === 'popup';
  const anchor = record.status === 'ready' ? record.record : null;

  // The flyout beside the form can be hidden by the rep; it comes back when the matches change.
  const flyout = start.placement === 'flyout';
  const preview = () => {
    if (flyout && dismissal.hidden)
      return (
        <button type="button" class="toggle" onClick={dismissal.show}>
          {t('showPanel')}
        </button>
      );
    if (record.status === 'loading') return <p class="hint">{t('recordLoading')}</p>;
    if (record.status === 'failed') return <ErrorNotice error={record.error} onRetry={reload} />;
    return (
      <>
        {start.clashes.length > 0 && (
          <LazyClashPanel
            client={ports.client}
            clashes={start.clashes}
            labelOf={labelOf}
            urlOf={urlOf}
            updateFor={updateFor}
          />
        )}
        <CheckPanel
          state={state}
          module={start.module}
          onRetry={retry}
          urlOf={urlOf}
          updateFor={updateFor}
          mergeIntoFor={mergeIntoFor}
          fillFor={fillFor}
          anchor={anchor}
          incoming={start.values}
          // The save popup decides one save; merging other records waits for the record page.
          onMerge={popup || editing ? null : (records) => open({ name: 'merge', records })}
        />
        {popup && (
          <LazyPopupActions
            ports={ports}
            start={start}
            state={state}
            labelOf={labelOf}
            urlOf={urlOf}
            actionFor={actionFor}
          />
        )}
        {/* An edit page may hand over only the record's id: say the check used the saved values. */}
        {start.placement === 'record' ? <p class="hint">{t('checkedSaved')}</p> : null}
        <SettingsNote state={state} />
        {flyout && dismissal.hide && (
          <button type="button" class="toggle" onClick={dismissal.hide}>
            {t('hidePanel')}
          </button>
        )}
      </>
    );
  };

  return (
    <main class="widget" ref={root}>
      <h1 class="sr">{t('title')}</h1>
      <StatusLine state={state} />
      {/* Kept mounted while a merge view is open, so the list's choices and the opening button survive. */}
      <div hidden={view.name !== 'preview'}>{preview()}</div>
      {view.name === 'update' && (
        <LazyUpsertMerge
          ports={ports}
          match={view.match}
          incoming={start.values}
          onBack={back}
          labelOf={labelOf}
        />
      )}
      {view.name === 'merge' && (
        <LazyRecordMerge
          ports={ports}
          records={view.records}
          onBack={back}
          onMerged={(keptId) => refresh(keptId, start.placement === 'record')}
          labelOf={mergeLabelOf(view.records)}
        />
      )}
      {view.name === 'merge-into' && (
        <LazyRecordMerge
          ports={ports}
          records={view.records}
          onBack={back}
          onMerged={(keptId) => refresh(keptId, true)}
          into={true}
          labelOf={mergeLabelOf(view.records)}
        />
      )}
    </main>
  );
};
