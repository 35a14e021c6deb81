import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DiagnosticsContext } from './diagnostics-context';
import { CHECK_IDS, type CheckResult, runCheck } from './run-checks';

export type DiagnosticsState = {
  readonly results: readonly CheckResult[];
  readonly running: boolean;
  /** When the last run started, for the report. */
  readonly startedAt: string | null;
};

/** Runs every check once, one after another (each is one Zoho call at most), and again on request. */
export const useDiagnostics = (context: DiagnosticsContext) => {
  const [state, setState] = useState<DiagnosticsState>({ results: [], running: true, startedAt: null });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ results: [], running: true, startedAt: new Date().toISOString() });
    void (async () => {
      for (const id of CHECK_IDS) {
        const result = await runCheck(id, context);
        if (!live) return;
        setState((s) => ({ ...s, results: [...s.results, result] }));
      }
      if (live) setState((s) => ({ ...s, running: false }));
    })();
    return () => {
      live = false;
    };
  }, [context, round]);

  const rerun = useCallback(() => setRound((n) => n + 1), []);
  return { state, rerun };
};
