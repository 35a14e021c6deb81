import type { ModuleSettings, OnSave, SettingsPatch } from '../../../dedupe/settings';
import type { FieldInfo } from '../../../dedupe/types';
import type { ModuleChoice } from '../hooks/use-modules';
import { useT } from '../settings-i18n';
import { FieldRules } from './FieldRules';
import { ThresholdInputs } from './ThresholdInputs';

type ModulePatch = NonNullable<SettingsPatch['modules']>[string];

type Props = {
  readonly module: ModuleChoice;
  readonly settings: ModuleSettings;
  readonly fields: readonly FieldInfo[];
  readonly others: readonly ModuleChoice[];
  readonly onChange: (patch: ModulePatch) => void;
};

/** Our own duplicate preview settings for one module. */
export const ModuleForm = ({ module, settings, fields, others, onChange }: Props) => {
  const t = useT();
  const name = module.apiName;
  const label = (m: ModuleChoice) => (m.custom ? m.label : t(`module.${m.apiName}`));
  const toggleSearch = (target: string, on: boolean) =>
    onChange({
      alsoSearch: on
        ? [...settings.alsoSearch.filter((m) => m !== target), target]
        : settings.alsoSearch.filter((m) => m !== target),
    });

  return (
    <section class="module-form" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>{t('preview.heading', { module: label(module) })}</h2>
      <label class="switch">
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
        />
        {t('enabled', { module: label(module) })}
      </label>
      <FieldRules rules={settings.fields} fields={fields} onChange={(rules) => onChange({ fields: rules })} />
      <ThresholdInputs
        module={name}
        thresholds={settings.thresholds}
        onChange={(thresholds) => onChange({ thresholds })}
      />
      <fieldset class="on-save">
        <legend>{t('onSave.legend')}</legend>
        {(['warn', 'block'] as const satisfies readonly OnSave[]).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={`${name}-on-save`}
              value={choice}
              checked={settings.onSave === choice}
              onChange={() => onChange({ onSave: choice })}
            />
            {t(`onSave.${choice}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="also-search">
        <legend>{t('alsoSearch.legend')}</legend>
        {others.map((m) => (
          <label key={m.apiName}>
            <input
              type="checkbox"
              checked={settings.alsoSearch.includes(m.apiName)}
              onChange={(e) => toggleSearch(m.apiName, e.currentTarget.checked)}
            />
            {label(m)}
          </label>
        ))}
      </fieldset>
    </section>
  );
};
