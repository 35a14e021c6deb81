import { useState } from 'preact/hooks';
import { creditsOf, tryCalls } from '../../../dedupe/credit-estimate';
import type { ModuleSettings } from '../../../dedupe/settings';
import type { Values } from '../../../dedupe/types';
import type { CrmClient } from '../../../zoho/crm-client';
import { fieldLabel } from '../../format';
import { explainError } from '../explain-error';
import { useT } from '../settings-i18n';
import { TryResults, triedSummary } from './TryResults';
import { useTryRecord } from './use-try-record';

export type TryRecordPanelProps = {
  readonly client: CrmClient;
  readonly module: string;
  readonly moduleLabel: string;
  /** The module's settings as the form holds them, saved or not. */
  readonly settings: ModuleSettings;
  /** Field API name -> label from the module's metadata. */
  readonly labels: Readonly<Record<string, string>>;
};

/** The typed values of the fields the rules match on; blank fields are left out, as an empty form field is. */
const valuesOf = (fields: readonly string[], typed: Readonly<Record<string, string>>): Values =>
  Object.fromEntries(
    fields.flatMap((f) => {
      const value = typed[f]?.trim() ?? '';
      return value ? [[f, value]] : [];
    }),
  );

/** Sample values for the module's match fields, the preview's check over the unsaved settings, and its answer. */
export const TryRecordPanel = ({ client, module, moduleLabel, settings, labels }: TryRecordPanelProps) => {
  const t = useT();
  const [typed, setTyped] = useState<Readonly<Record<string, string>>>({});
  const { state, run } = useTryRecord(client, module);
  const fields = settings.fields.map((r) => r.field);
  const values = valuesOf(fields, typed);
  const labelOf = (field: string) => labels[field] ?? fieldLabel(field);
  const credits = creditsOf(tryCalls(module, settings));
  const ready = settings.enabled && Object.keys(values).length > 0 && state.status !== 'checking';

  return (
    <div class="try-panel">
      {settings.enabled ? null : <p class="note info">{t('tryout.off', { module: moduleLabel })}</p>}
      {fields.length === 0 ? <p class="hint">{t('tryout.noFields')}</p> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void run(settings, values);
        }}
      >
        <fieldset class="try-values">
          <legend>{t('tryout.values', { module: moduleLabel })}</legend>
          {fields.map((field) => (
            <div class="try-value" key={field}>
              <label for={`try-${module}-${field}`}>{labelOf(field)}</label>
              <input
                id={`try-${module}-${field}`}
                type="text"
                value={typed[field] ?? ''}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  setTyped((before) => ({ ...before, [field]: value }));
                }}
              />
            </div>
          ))}
        </fieldset>
        <p class="try-actions">
          <button type="submit" class="primary" disabled={!ready}>
            {t('tryout.run')}
          </button>{' '}
          {credits > 0 ? <span class="hint">{t('tryout.cost', { count: credits })}</span> : null}
        </p>
      </form>
      <p role="status" class="try-status">
        {state.status === 'checking'
          ? t('tryout.checking')
          : state.status === 'done'
            ? triedSummary(t, state.tried)
            : ''}
      </p>
      {state.status === 'failed' ? (
        <p role="alert" class="error-text">
          {t('tryout.failed', { reason: explainError(t, state.error) })}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <TryResults tried={state.tried} module={module} current={settings} labelOf={labelOf} />
      ) : null}
    </div>
  );
};
