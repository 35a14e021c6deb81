import { systemDuplicateCheckField } from '../../../dedupe/system-fields';
import type { DuplicateCheckPreference } from '../../../dedupe/types';
import { explainError } from '../explain-error';
import type { ModuleChoice } from '../hooks/use-modules';
import type { ZohoConfig } from '../hooks/use-zoho-config';
import { useT } from '../settings-i18n';
import { PreferenceEditor } from './PreferenceEditor';

type Props = {
  readonly module: ModuleChoice;
  readonly config: ZohoConfig;
  readonly onApply: (next: DuplicateCheckPreference | null) => void;
  readonly onRetry: () => void;
};

/** What Zoho itself enforces for the module, beside our settings, so admins see both. */
export const ZohoConfigPanel = ({ module, config, onApply, onRetry }: Props) => {
  const t = useT();
  const body = (() => {
    switch (config.status) {
      case 'loading':
        return <p role="status">{t('zoho.loading')}</p>;
      case 'error':
        return (
          <div role="alert">
            <p class="error-text">{explainError(t, config.error)}</p>
            <button type="button" onClick={onRetry}>
              {t('retry')}
            </button>
          </div>
        );
      case 'ready': {
        const label = (name: string) => config.fields.find((f) => f.apiName === name)?.label ?? name;
        const system = systemDuplicateCheckField(module.apiName, module.custom);
        const unique = config.fields.filter((f) => f.unique && f.apiName !== system);
        return (
          <>
            <dl>
              <dt>{t('zoho.system')}</dt>
              <dd>{system ? label(system) : t('zoho.none')}</dd>
              <dt>{t('zoho.unique')}</dt>
              <dd>{unique.length ? unique.map((f) => f.label).join(', ') : t('zoho.none')}</dd>
            </dl>
            <p class="hint">{t('zoho.uniqueHint')}</p>
            {config.preference === undefined ? null : (
              <PreferenceEditor
                key={JSON.stringify(config.preference)}
                preference={config.preference}
                leadFields={config.fields}
                contactFields={config.mappedFields}
                action={config.action}
                onApply={onApply}
              />
            )}
          </>
        );
      }
    }
  })();
  return (
    <section class="zoho-config" aria-labelledby="zoho-config-heading">
      <h2 id="zoho-config-heading">{t('zoho.heading')}</h2>
      {body}
    </section>
  );
};
