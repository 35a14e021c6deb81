import { useMemo, useRef, useState } from 'preact/hooks';
import type { Match } from '../../dedupe/types';
import type { Checker, CheckRequest } from '../check/types';
import { fieldLabel } from '../format';
import { type CheckCache, useDuplicateCheck } from '../hooks/use-duplicate-check';
import { useFitContent } from '../hooks/use-fit-content';
import { useT } from '../i18n/i18n-context';
import type { WidgetPorts } from '../ports';
import type { StartData } from '../start-data';
import { CheckPanel } from './CheckPanel';
import { LazyClashPanel, LazyRecordMerge, LazyUpsertMerge } from './lazy-views';
import { PopupActions } from './PopupActions';
import { SettingsNote } from './SettingsNote';
import { StatusLine } from './StatusLine';

type View =
  | { readonly name: 'preview' }
  | { readonly name: 'update'; readonly match: Match }
  | { readonly name: 'merge'; readonly matches: readonly Match[] };

/** What the widget was opened with, and the platform to act on it. */
export type Session = { readonly ports: WidgetPorts; readonly start: StartData };

export type AppProps = {
  /** Null until the SDK has handed over start data and the client layer has loaded. */
  readonly session: Session | null;
  /** Translation key of the line shown while there is no session. */
  readonly hint: string;
  readonly resize: WidgetPorts['resize'];
  readonly cache: CheckCache;
};

const never: Checker = () => new Promise(() => {});

/** The widget: a live status line from the first paint, then the preview or one of the two merge flows. */
export const App = ({ session, hint, resize, cache }: AppProps) => {
  const t = useT();
  const [view, setView] = useState<View>({ name: 'preview' });
  const start = session?.start ?? null;
  const request = useMemo<CheckRequest | null>(
    () => start && { module: start.module, values: start.values, excludeId: start.recordId },
    [start],
  );
  const { state, retry } = useDuplicateCheck(session?.ports.check ?? never, request, cache);
  const root = useRef<HTMLElement>(null);
  useFitContent(root, resize);
  if (!session || !start)
    return (
      <main class="widget" ref={root}>
        <h1 class="sr">{t('title')}</h1>
        <StatusLine state={state} />
        <p class="hint">{t(hint)}</p>
      </main>
    );
  const { ports } = session;
  const labels = state.status === 'found' ? state.labels : {};
  const labelOf = (field: string) => labels[field] ?? fieldLabel(field);
  const urlOf = (m: Match) => ports.recordUrl(m.candidate.module, m.candidate.id);
  const back = () => setView({ name: 'preview' });
  // Only live records of the form's own module can take its values; a record page has no new values to bring.
  const updateFor = (match: Match) =>
    start.placement !== 'record' && match.candidate.module === start.module && !match.candidate.converted
      ? () => setView({ name: 'update', match })
      : null;

  const body = () => {
    switch (view.name) {
      case 'preview':
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
              onMerge={(matches) => setView({ name: 'merge', matches })}
            />
            <PopupActions ports={ports} start={start} state={state} />
            <SettingsNote state={state} />
          </>
        );
      case 'update':
        return <LazyUpsertMerge ports={ports} match={view.match} incoming={start.values} onBack={back} />;
      case 'merge':
        return <LazyRecordMerge ports={ports} matches={view.matches} onBack={back} />;
    }
  };

  return (
    <main class="widget" ref={root}>
      <h1 class="sr">{t('title')}</h1>
      <StatusLine state={state} />
      {body()}
    </main>
  );
};
