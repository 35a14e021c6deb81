import { useState } from 'preact/hooks';
import { useT } from '../settings-i18n';
import type { DiagnosticsContext } from './diagnostics-context';
import { reportText } from './report-text';
import { CHECK_IDS } from './run-checks';
import { useDiagnostics } from './use-diagnostics';

type Copy = 'idle' | 'copied' | 'manual';

/** Each Zoho touchpoint with pass or fail, what that means, and Zoho's raw answer; the lot as a copyable report. */
export const DiagnosticsPanel = ({ context }: { readonly context: DiagnosticsContext }) => {
  const t = useT();
  const { state, rerun } = useDiagnostics(context);
  const [copy, setCopy] = useState<Copy>('idle');
  const report = reportText(t, state.results, state.startedAt ?? '');
  const copyReport = () => {
    // The clipboard may be refused inside Zoho's iframe: then the report is shown to copy by hand.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    const attempt = clipboard?.writeText
      ? clipboard.writeText(report)
      : Promise.reject(new Error('no clipboard'));
    attempt.then(
      () => setCopy('copied'),
      () => setCopy('manual'),
    );
  };
  const failed = state.results.filter((r) => !r.ok).length;

  return (
    <div class="diagnostics-panel">
      <p role="status">
        {state.running
          ? t('diagnostics.running', { done: state.results.length, total: CHECK_IDS.length })
          : failed === 0
            ? t('diagnostics.allPassed')
            : t('diagnostics.someFailed', { count: failed })}
      </p>
      <ul class="checks">
        {state.results.map((r) => (
          <li key={r.id} class={r.ok ? 'check pass' : 'check fail'} data-check={r.id}>
            <strong>{r.ok ? t('diagnostics.pass') : t('diagnostics.fail')}</strong> {t(`check.${r.id}`)}
            <p>{t(r.finding, r.values)}</p>
            <details>
              <summary>{t('diagnostics.raw')}</summary>
              <pre>{JSON.stringify(r.raw ?? null, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ul>
      <div class="diagnostics-actions">
        <button type="button" onClick={copyReport} disabled={state.running}>
          {t('diagnostics.copy')}
        </button>
        <button type="button" onClick={rerun} disabled={state.running}>
          {t('diagnostics.rerun')}
        </button>
        {copy === 'copied' ? <span role="status">{t('diagnostics.copied')}</span> : null}
      </div>
      {copy === 'manual' ? (
        <label class="manual-copy">
          {t('diagnostics.copyManually')}
          <textarea readOnly rows={10} value={report} />
        </label>
      ) : null}
    </div>
  );
};
