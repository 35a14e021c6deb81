import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CrmClient } from '../../../zoho/crm-client';
import { useT } from '../settings-i18n';
import type { DiagnosticsContext } from './diagnostics-context';

type Panel = ComponentType<{ readonly context: DiagnosticsContext }>;

/** The Zoho CRM profile that administers the org; only it sees Diagnostics. */
const ADMIN_PROFILE = 'Administrator';

/** Hidden only from a user known not to be an admin: a profile Zoho cannot tell is itself worth diagnosing. */
const useIsAdmin = (client: CrmClient): boolean => {
  const [admin, setAdmin] = useState(false);
  useEffect(() => {
    let live = true;
    void client
      .getCurrentUser()
      .then((user) => live && setAdmin(!user.ok || user.value.profile === ADMIN_PROFILE));
    return () => {
      live = false;
    };
  }, [client]);
  return admin;
};

/** The settings page's Diagnostics section (admins only); the panel's code loads when it is first run. */
export const DiagnosticsSection = ({ context }: { readonly context: DiagnosticsContext }) => {
  const t = useT();
  const admin = useIsAdmin(context.client);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [failed, setFailed] = useState(false);
  if (!admin) return null;
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
