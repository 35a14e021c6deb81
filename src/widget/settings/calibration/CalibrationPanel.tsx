import { useEffect, useRef, useState } from 'preact/hooks';
import { type CalibrationOutcome, calibrate } from '../../../dedupe/calibrate';
import { LEVELS } from '../../../dedupe/calibrate-pairs';
import { loadNicknameList } from '../../../dedupe/nicknames';
import type { Calibration, FieldRule } from '../../../dedupe/settings';
import type { Thresholds } from '../../../dedupe/types';
import type { CrmClient } from '../../../zoho/crm-client';
import type { CrmError } from '../../../zoho/crm-error';
import { explainError } from '../explain-error';
import { useT } from '../settings-i18n';
import { readSample, sampleCost } from './read-sample';

export type CalibrationPanelProps = {
  readonly client: CrmClient;
  readonly module: string;
  readonly moduleLabel: string;
  readonly rules: readonly FieldRule[];
  readonly thresholds: Thresholds;
  readonly onUse: (calibration: Calibration) => void;
};

type Learned = Extract<CalibrationOutcome, { ok: true }>;

type PanelState =
  | { readonly step: 'before' }
  | { readonly step: 'reading'; readonly records: number }
  | { readonly step: 'learning'; readonly records: number }
  | { readonly step: 'learned'; readonly outcome: Learned }
  | { readonly step: 'failed'; readonly error: CrmError }
  | { readonly step: 'unlearnable'; readonly outcome: Extract<CalibrationOutcome, { ok: false }> };

/** Lets the progress line paint before the estimate holds the page for a moment. */
const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;
const weight = (x: number): string => (Math.round(x * 10) / 10).toString();

/** Reads a sample of the module's records, learns its weights, and shows them beside the defaults. */
export const CalibrationPanel = ({
  client,
  module,
  moduleLabel,
  rules,
  thresholds,
  onUse,
}: CalibrationPanelProps) => {
  const t = useT();
  const [state, setState] = useState<PanelState>({ step: 'before' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  const cost = sampleCost();

  const run = async () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'reading', records: 0 });
    const sample = await readSample(
      client,
      module,
      rules.map((r) => r.field),
      {
        signal: controller.signal,
        onPage: (records) => controller.signal.aborted || setState({ step: 'reading', records }),
      },
    );
    if (controller.signal.aborted) return;
    if (!sample.ok) {
      setState({ step: 'failed', error: sample.error });
      return;
    }
    setState({ step: 'learning', records: sample.value.length });
    await Promise.all([nextFrame(), loadNicknameList()]);
    if (controller.signal.aborted) return;
    const outcome = calibrate({ module, rules, records: sample.value, thresholds });
    setState(outcome.ok ? { step: 'learned', outcome } : { step: 'unlearnable', outcome });
  };

  return (
    <div class="calibration-panel">
      {state.step === 'before' || state.step === 'failed' || state.step === 'unlearnable' ? (
        <>
          <p>
            {t('calibration.cost', {
              records: cost.records.toLocaleString(),
              module: moduleLabel,
              calls: cost.calls,
              credits: cost.credits,
            })}
          </p>
          <button type="button" onClick={run}>
            {t('calibration.read', { records: cost.records.toLocaleString(), module: moduleLabel })}
          </button>
        </>
      ) : null}
      <p role="status" class="calibration-status">
        {state.step === 'reading'
          ? t('calibration.reading', {
              records: state.records.toLocaleString(),
              max: cost.records.toLocaleString(),
            })
          : state.step === 'learning'
            ? t('calibration.learning', { records: state.records.toLocaleString() })
            : state.step === 'learned'
              ? t('calibration.learned', {
                  records: state.outcome.sample.records.toLocaleString(),
                  pairs: state.outcome.sample.pairs.toLocaleString(),
                  share: percent(state.outcome.lambda),
                })
              : ''}
      </p>
      {state.step === 'failed' ? (
        <p role="alert" class="error-text">
          {t('calibration.failed', { reason: explainError(t, state.error) })}
        </p>
      ) : null}
      {state.step === 'unlearnable' ? (
        <p role="alert" class="error-text">
          {t(`calibration.unlearnable.${state.outcome.reason}`, {
            records: state.outcome.sample.records.toLocaleString(),
            pairs: state.outcome.sample.pairs.toLocaleString(),
          })}
        </p>
      ) : null}
      {state.step === 'learned' ? (
        <LearnedView
          outcome={state.outcome}
          thresholds={thresholds}
          onUse={() => onUse(state.outcome.calibration)}
          onDiscard={() => setState({ step: 'before' })}
        />
      ) : null}
    </div>
  );
};

type LearnedProps = {
  readonly outcome: Learned;
  readonly thresholds: Thresholds;
  readonly onUse: () => void;
  readonly onDiscard: () => void;
};

const LearnedView = ({ outcome, thresholds, onUse, onDiscard }: LearnedProps) => {
  const t = useT();
  // Once used, the weights are the module's (the section says so); offering them again would save nothing new.
  const [used, setUsed] = useState(false);
  const mark = (threshold: number): string =>
    threshold === thresholds.likely
      ? t('calibration.curve.likely')
      : threshold === thresholds.possible
        ? t('calibration.curve.possible')
        : '';
  return (
    <>
      <table class="calibration-weights">
        <caption>{t('calibration.weights.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calibration.weights.field')}</th>
            {LEVELS.map((level) => (
              <th scope="col" key={level}>
                {t(`calibration.level.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {outcome.fields.map((f) => (
            <tr key={f.field} data-field={f.field}>
              <th scope="row">{f.field}</th>
              {f.levels.map((l) => (
                <td key={l.level} data-level={l.level} class={l.learned ? 'learned' : 'kept'}>
                  <span class="weight">{weight(l.weight)}</span>{' '}
                  <span class="default">
                    {l.learned
                      ? t('calibration.weights.default', { weight: weight(l.defaultWeight) })
                      : t('calibration.weights.kept')}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">{t('calibration.prior', { prior: weight(outcome.calibration.prior) })}</p>
      <table class="calibration-curve">
        <caption>{t('calibration.curve.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calibration.curve.threshold')}</th>
            <th scope="col">{t('calibration.curve.precision')}</th>
            <th scope="col">{t('calibration.curve.recall')}</th>
            <th scope="col">{t('calibration.curve.setting')}</th>
          </tr>
        </thead>
        <tbody>
          {outcome.curve.map((p) => (
            <tr key={p.threshold} class={mark(p.threshold) ? 'current' : ''}>
              <th scope="row">{percent(p.threshold)}</th>
              <td>{percent(p.precision)}</td>
              <td>{percent(p.recall)}</td>
              <td>{mark(p.threshold)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="calibration-actions">
        {used ? null : (
          <button
            type="button"
            class="primary"
            onClick={() => {
              setUsed(true);
              onUse();
            }}
          >
            {t('calibration.use')}
          </button>
        )}
        <button type="button" onClick={onDiscard}>
          {t('calibration.discard')}
        </button>
      </div>
    </>
  );
};
