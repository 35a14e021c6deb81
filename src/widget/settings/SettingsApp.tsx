import { useState } from 'preact/hooks';
import {
  type Calibration,
  type ModuleSettings,
  moduleSettings,
  validThresholds,
} from '../../dedupe/settings';
import { systemDuplicateCheckField } from '../../dedupe/system-fields';
import type { CrmClient } from '../../zoho/crm-client';
import { CalibrationSection } from './calibration/CalibrationSection';
import { CreditEstimate } from './components/CreditEstimate';
import { ModuleForm } from './components/ModuleForm';
import { ModuleNav } from './components/ModuleNav';
import { NoteBanner } from './components/NoteBanner';
import { SaveBar } from './components/SaveBar';
import { ZohoConfigPanel } from './components/ZohoConfigPanel';
import { DiagnosticsSection } from './diagnostics/DiagnosticsSection';
import type { DiagnosticsContext } from './diagnostics/diagnostics-context';
import { useCanEdit } from './hooks/use-can-edit';
import { useModules } from './hooks/use-modules';
import { useSettings } from './hooks/use-settings';
import { useZohoConfig } from './hooks/use-zoho-config';
import { useT } from './settings-i18n';
import { TryRecordSection } from './try-record/TryRecordSection';

type Props = {
  readonly client: CrmClient;
  /** What the Diagnostics section inspects; absent where the page runs outside Zoho's SDK (tests). */
  readonly diagnostics?: DiagnosticsContext | undefined;
};

/** The admin page: our settings per module beside Zoho's own duplicate configuration. */
export const SettingsApp = ({ client, diagnostics }: Props) => {
  const t = useT();
  const { state, update, save, saveAs } = useSettings(client);
  const modules = useModules(client, state.status === 'ready' ? state.draft : null);
  const [selected, setSelected] = useState('Leads');
  const { config, applyPreference, retry } = useZohoConfig(client, selected);
  const right = useCanEdit(client);
  const editable = right === 'admin';

  if (state.status === 'loading') return <p role="status">{t('loading')}</p>;

  const choice = modules.find((m) => m.apiName === selected) ?? {
    apiName: selected,
    label: selected,
    custom: true,
  };
  const current = moduleSettings(state.draft, selected, systemDuplicateCheckField(selected, choice.custom));
  const invalid = Object.values(state.draft.modules).some((m) => !validThresholds(m.thresholds));
  const label = choice.custom ? choice.label : t(`module.${choice.apiName}`);
  const fields = config.status === 'ready' ? config.fields : [];
  const storeCalibration = (calibration: Calibration | null) =>
    saveAs({
      ...state.draft,
      modules: { ...state.draft.modules, [selected]: withCalibration(current, calibration) },
    });

  return (
    <main class="settings">
      <h1>{t('title')}</h1>
      {state.note ? <NoteBanner note={state.note} /> : null}
      {right === 'read-only' || right === 'unknown' ? (
        <p class="note" role="note">
          {t(right === 'read-only' ? 'readOnly' : 'readOnlyUnknown')}
        </p>
      ) : null}
      <div class="layout">
        <ModuleNav modules={modules} settings={state.draft} selected={selected} onSelect={setSelected} />
        {/* A rep may look through every module; the controls are live only for a profile that may change them. */}
        <fieldset class="locked" disabled={!editable}>
          <legend class="sr">{t('title')}</legend>
          <ModuleForm
            key={selected}
            module={choice}
            settings={current}
            fields={fields}
            others={modules.filter((m) => m.apiName !== selected)}
            onChange={(patch) => update({ modules: { [selected]: { ...current, ...patch } } })}
          />
          <ZohoConfigPanel module={choice} config={config} onApply={applyPreference} onRetry={retry} />
        </fieldset>
      </div>
      {editable ? (
        <TryRecordSection
          key={`try-${selected}`}
          client={client}
          module={selected}
          moduleLabel={label}
          settings={current}
          labels={Object.fromEntries(fields.map((f) => [f.apiName, f.label]))}
        />
      ) : null}
      {editable ? (
        <CalibrationSection
          key={selected}
          client={client}
          module={selected}
          moduleLabel={label}
          settings={current}
          onStore={storeCalibration}
        />
      ) : null}
      <CreditEstimate settings={state.draft} client={client} />
      {editable && (
        <SaveBar save={state.save} dirty={state.dirty} invalid={invalid} onSave={() => save(state.draft)} />
      )}
      {diagnostics ? <DiagnosticsSection context={diagnostics} /> : null}
    </main>
  );
};

/** The module's settings with these learned weights, or without any. */
const withCalibration = (settings: ModuleSettings, calibration: Calibration | null): ModuleSettings => {
  const { calibration: _old, ...rest } = settings;
  return calibration ? { ...rest, calibration } : rest;
};
