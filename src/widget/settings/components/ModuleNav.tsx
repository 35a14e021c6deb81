import type { Settings } from '../../../dedupe/settings';
import type { ModuleChoice } from '../hooks/use-modules';
import { useT } from '../settings-i18n';

type Props = {
  readonly modules: readonly ModuleChoice[];
  readonly settings: Settings;
  readonly selected: string;
  readonly onSelect: (module: string) => void;
};

/** The modules to configure, each with whether it is checked. */
export const ModuleNav = ({ modules, settings, selected, onSelect }: Props) => {
  const t = useT();
  return (
    <nav class="module-nav" aria-label={t('modules')}>
      <ul>
        {modules.map((m) => (
          <li key={m.apiName}>
            <button
              type="button"
              aria-current={m.apiName === selected ? 'true' : undefined}
              onClick={() => onSelect(m.apiName)}
            >
              <span>{m.custom ? m.label : t(`module.${m.apiName}`)}</span>
              <span class="state">{settings.modules[m.apiName]?.enabled ? t('checked') : t('off')}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
};
