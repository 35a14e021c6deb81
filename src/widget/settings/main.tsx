import { render } from 'preact';
import { connectSdk } from '../../zoho/sdk-environment';
import type { ZohoSdk } from '../../zoho/zoho-sdk';
import { sessionRest } from '../zoho-globals';
import './settings.css';
import { SettingsApp } from './SettingsApp';
import { loadSettingsTranslations, SettingsI18n } from './settings-i18n';

type EmbeddedApp = {
  readonly embeddedApp: {
    readonly on: (event: string, handler: (data: unknown) => void) => void;
    readonly init: () => Promise<unknown>;
  };
};

const fetchJson = async (url: string): Promise<unknown> => (await fetch(url)).json();

/** The settings page's composition root: the only place that reads window.ZOHO. */
const start = async (root: HTMLElement) => {
  const t = await loadSettingsTranslations(navigator.language, fetchJson);
  const zoho = (window as { ZOHO?: ZohoSdk & EmbeddedApp }).ZOHO;
  if (!zoho?.embeddedApp) {
    render(<p class="note warning">{t('noSdk')}</p>, root);
    return;
  }
  // The SDK drops a PageLoad handler registered after init(); the settings page needs no start data.
  zoho.embeddedApp.on('PageLoad', () => {});
  await zoho.embeddedApp.init();
  // The org's data centre and SDK 1.5's session REST, as the preview widget uses them.
  const { client } = await connectSdk(zoho, {
    serviceOrigin: new URLSearchParams(location.search).get('serviceOrigin'),
    session: sessionRest(),
  });
  render(
    <SettingsI18n.Provider value={t}>
      <SettingsApp client={client} />
    </SettingsI18n.Provider>,
    root,
  );
};

const root = document.getElementById('root');
if (root) void start(root);
