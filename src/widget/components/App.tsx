import { useMemo, useRef, useState } from 'preact/hooks';
import type { Match } from '../../dedupe/types';
import type { CheckRequest } from '../check/types';
import { useClashRecords } from '../hooks/use-clash-records';
import { type CheckCache, useDuplicateCheck } from '../hooks/use-duplicate-check';
import { useFitContent } from '../hooks/use-fit-content';
import type { WidgetPorts } from '../ports';
import type { StartData } from '../start-data';
import { CheckPanel } from './CheckPanel';
import { ClashPanel } from './ClashPanel';
import { PopupActions } from './PopupActions';
import { RecordMerge } from './RecordMerge';
import { StatusLine } from './StatusLine';
import { UpsertMerge } from './UpsertMerge';

type View =
  | { readonly name: 'preview' }
  | { readonly name: 'update'; readonly match: Match }
  | { readonly name: 'merge'; readonly matches: readonly Match[] };

export type AppProps = { readonly ports: WidgetPorts; readonly start: StartData; readonly cache: CheckCache };

/** The widget: a status line, then the preview or one of the two merge flows. */
export const App = ({ ports, start, cache }: AppProps) => {
  const [view, setView] = useState<View>({ name: 'preview' });
  const request = useMemo<CheckRequest>(
    () => ({ module: start.module, values: start.values, excludeId: start.recordId }),
    [start],
  );
  const { state, retry } = useDuplicateCheck(ports.check, request, cache);
  const clashes = useClashRecords(ports.client, start.clashes);
  const root = useRef<HTMLElement>(null);
  useFitContent(root, ports.resize);
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
            <ClashPanel state={clashes} urlOf={urlOf} updateFor={updateFor} />
            <CheckPanel
              state={state}
              onRetry={retry}
              urlOf={urlOf}
              updateFor={updateFor}
              onMerge={(matches) => setView({ name: 'merge', matches })}
            />
            <PopupActions ports={ports} start={start} state={state} clashes={clashes} />
          </>
        );
      case 'update':
        return <UpsertMerge ports={ports} match={view.match} incoming={start.values} onBack={back} />;
      case 'merge':
        return <RecordMerge ports={ports} matches={view.matches} onBack={back} />;
    }
  };

  return (
    <main class="widget" ref={root}>
      <StatusLine state={state} />
      {body()}
    </main>
  );
};
