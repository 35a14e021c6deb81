import { render } from 'preact';
import { recordLink, tabNameOf } from '../../zoho/record-link';
import { connectSdk } from '../../zoho/sdk-environment';
import type { ZohoSdk } from '../../zoho/zoho-sdk';
import { sessionRest } from '../zoho-globals';
import './import.css';
import { ImportApp } from './ImportApp';
import { ImportI18n, loadImportTranslations, loadUserImportTranslations } from './import-i18n';

type EmbeddedApp = {
  readonly embeddedApp: {
    readonly on: (event: string, handler: (data: unknown) => void) => void;
    readonly init: () => Promise<unknown>;
  };
};

const fetchJson = async (url: string): Promise<unknown> => (await fetch(url)).json();

/** The import page's composition root (a Web Tab): the only place that reads window.ZOHO and localStorage. */
const start = async (root: HTMLElement) => {
  const zoho = (window as { ZOHO?: ZohoSdk & EmbeddedApp }).ZOHO;
  if (!zoho?.embeddedApp) {
    // No Zoho, no Zoho user: the browser's language.
    const t = await loadImportTranslations(navigator.language, fetchJson);
    render(<p class="note warning">{t('noSdk')}</p>, root);
    return;
  }
  // The SDK drops a PageLoad handler registered after init(); a Web Tab needs no start data.
  zoho.embeddedApp.on('PageLoad', () => {});
  await zoho.embeddedApp.init();
  const { client, dataCentre, zgid } = await connectSdk(zoho, {
    serviceOrigin: new URLSearchParams(location.search).get('serviceOrigin'),
    session: sessionRest(),
  });
  // The user's own Zoho language, as the preview widget speaks it (the browser's only when Zoho does not say),
  // read while the org is.
  const [org, t] = await Promise.all([
    zgid ? null : client.getOrg(),
    loadUserImportTranslations(client, navigator.language, fetchJson),
  ]);
  const place = {
    dataCentre: dataCentre ?? (org?.ok ? org.value.dataCentre : 'com'),
    zgid: zgid ?? (org?.ok ? org.value.zgid : null),
  };
  const link = (module: string, id: string) =>
    place.zgid
      ? recordLink({
          dataCentre: place.dataCentre,
          zgid: place.zgid,
          tabName: tabNameOf(module, 'default', null),
          id,
        })
      : null;
  render(
    <ImportI18n.Provider value={t}>
      <ImportApp client={client} storage={window.localStorage} link={link} />
    </ImportI18n.Provider>,
    root,
  );
};

const root = document.getElementById('root');
if (root) void start(root);
