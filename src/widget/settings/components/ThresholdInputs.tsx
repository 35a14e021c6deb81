import { validThresholds } from '../../../dedupe/settings';
import type { Thresholds } from '../../../dedupe/types';
import { useT } from '../settings-i18n';

type Props = {
  readonly module: string;
  readonly thresholds: Thresholds;
  readonly onChange: (change: Partial<Thresholds>) => void;
};

const percent = (score: number): number => Math.round(score * 100);

/** Scores are 0..1 in the settings; admins edit them as whole percentages. */
export const ThresholdInputs = ({ module, thresholds, onChange }: Props) => {
  const t = useT();
  const valid = validThresholds(thresholds);
  const input = (key: keyof Thresholds) => {
    const id = `${module}-threshold-${key}`;
    return (
      <div class="threshold">
        <label for={id}>{t(`threshold.${key}`)}</label>
        <input
          id={id}
          type="number"
          min={0}
          max={100}
          step={1}
          value={percent(thresholds[key])}
          aria-invalid={valid ? undefined : 'true'}
          aria-describedby={valid ? undefined : `${module}-threshold-error`}
          onInput={(e) => {
            const value = Number.parseFloat(e.currentTarget.value);
            if (Number.isFinite(value)) onChange({ [key]: Math.min(100, Math.max(0, value)) / 100 });
          }}
        />
        <span aria-hidden="true">%</span>
      </div>
    );
  };
  return (
    <fieldset class="thresholds">
      <legend>{t('threshold.legend')}</legend>
      {input('likely')}
      {input('possible')}
      {valid ? null : (
        <p id={`${module}-threshold-error`} class="error-text">
          {t('threshold.invalid')}
        </p>
      )}
    </fieldset>
  );
};
