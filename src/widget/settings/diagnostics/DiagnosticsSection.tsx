import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { useCanEdit } from '../hooks/use-can-edit';
import { useT } from '../settings-i18n';
import type { DiagnosticsContext } from './diagnostics-context';

type Panel = ComponentType<{ readonly context: DiagnosticsContext }>;

/** The settings page's Diagnostics section (for who may change the settings); the panel loads when first run. */
export const DiagnosticsSection = ({ context }: { readonly context: DiagnosticsContext }) => {
  const t = useT();
  const right = useCanEdit(context.client);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [failed, setFailed] = useState(false);
  // Hidden only from a user whose profile may not change the settings: one Zoho cannot tell about is itself
  // worth diagnosing.
  if (right !== 'admin' && right !== 'unknown') return null;
  const open = () => {
    setFailed(false);
    import('./DiagnosticsPanel').then(
      (m) => setPanel(() => m.DiagnosticsPanel),
      () => setFailed(true),
    );
  };
  const Loaded = panel;
  return (
    <section class="diagnostics" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">{t('diagnostics.heading')}</h2>
      <p class="hint">{t('diagnostics.intro')}</p>
      {Loaded ? (
        <Loaded context={context} />
      ) : (
        <button type="button" onClick={open}>
          {t('diagnostics.run')}
        </button>
      )}
      {failed ? <p role="alert">{t('diagnostics.loadFailed')}</p> : null}
    </section>
  );
};
