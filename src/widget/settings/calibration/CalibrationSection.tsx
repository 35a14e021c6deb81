import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { Calibration, ModuleSettings } from '../../../dedupe/settings';
import type { CrmClient } from '../../../zoho/crm-client';
import { useT } from '../settings-i18n';
import type { CalibrationPanelProps } from './CalibrationPanel';

type Props = {
  readonly client: CrmClient;
  readonly module: string;
  readonly moduleLabel: string;
  readonly settings: ModuleSettings;
  /** Stores the module's settings with these learned weights, or without any (back to the defaults). */
  readonly onStore: (calibration: Calibration | null) => void;
};

/** "Calibrate on my data" for one module; the panel and its estimation code load only when the admin opens it. */
export const CalibrationSection = ({ client, module, moduleLabel, settings, onStore }: Props) => {
  const t = useT();
  const [panel, setPanel] = useState<ComponentType<CalibrationPanelProps> | null>(null);
  const [failed, setFailed] = useState(false);
  const open = () => {
    setFailed(false);
    import('./CalibrationPanel').then(
      (m) => setPanel(() => m.CalibrationPanel),
      () => setFailed(true),
    );
  };
  const Loaded = panel;
  const heading = `${module}-calibration-heading`;
  return (
    <section class="calibration" aria-labelledby={heading}>
      <h2 id={heading}>{t('calibration.heading')}</h2>
      <p class="hint">{t('calibration.intro')}</p>
      {settings.calibration ? (
        <p class="note info calibration-in-use">
          {t('calibration.inUse', { module: moduleLabel, prior: settings.calibration.prior })}{' '}
          <button type="button" onClick={() => onStore(null)}>
            {t('calibration.reset')}
          </button>
        </p>
      ) : null}
      {Loaded ? (
        <Loaded
          client={client}
          module={module}
          moduleLabel={moduleLabel}
          rules={settings.fields}
          thresholds={settings.thresholds}
          onUse={onStore}
        />
      ) : (
        <button type="button" onClick={open}>
          {t('calibration.open')}
        </button>
      )}
      {failed ? <p role="alert">{t('calibration.loadFailed')}</p> : null}
    </section>
  );
};
