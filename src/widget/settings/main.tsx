import { render } from 'preact';
import { connectSdk } from '../../zoho/sdk-environment';
import { SETTINGS_VARIABLE } from '../../zoho/settings-codec';
import type { ZohoSdk } from '../../zoho/zoho-sdk';
import { awaitClientBridge, sessionRest } from '../zoho-globals';
import type { DiagnosticsContext } from './diagnostics/diagnostics-context';
import './settings.css';
import { SettingsApp } from './SettingsApp';
import { loadSettingsTranslations, loadUserSettingsTranslations, SettingsI18n } from './settings-i18n';

type EmbeddedApp = {
  readonly embeddedApp: {
    readonly on: (event: string, handler: (data: unknown) => void) => void;
    readonly init: () => Promise<unknown>;
  };
};

/** $Client is injected after init(): Diagnostics gives it this long to arrive. */
const CLIENT_WAIT_MS = 5000;

const fetchJson = async (url: string): Promise<unknown> => (await fetch(url)).json();

/** The settings page's composition root: the only place that reads window.ZOHO. */
const start = async (root: HTMLElement) => {
  const zoho = (window as { ZOHO?: ZohoSdk & EmbeddedApp }).ZOHO;
  if (!zoho?.embeddedApp) {
    // No Zoho, no Zoho user: the browser's language.
    const t = await loadSettingsTranslations(navigator.language, fetchJson);
    render(<p class="note warning">{t('noSdk')}</p>, root);
    return;
  }
  // The SDK drops a PageLoad handler registered after init(); the settings page needs no start data.
  zoho.embeddedApp.on('PageLoad', () => {});
  await zoho.embeddedApp.init();
  // The org's data centre and SDK 1.5's session REST, as the preview widget uses them.
  const serviceOrigin = new URLSearchParams(location.search).get('serviceOrigin');
  const env = await connectSdk(zoho, { serviceOrigin, session: sessionRest });
  // The user's own Zoho language, as the preview widget speaks it; the browser's only when Zoho does not say.
  const t = await loadUserSettingsTranslations(env.client, navigator.language, fetchJson);
  const diagnostics: DiagnosticsContext = {
    client: env.client,
    serviceOrigin,
    dataCentre: env.dataCentre,
    environment: env.environment,
    get route() {
      return sessionRest() ? ('session' as const) : ('connection' as const);
    },
    sdk: {
      scriptSrc:
        document.querySelector<HTMLScriptElement>('head script[src]:not([type="module"])')?.src ?? null,
      get sessionRest() {
        return sessionRest() !== null;
      },
      currentEnvironment: typeof zoho.CRM.CONFIG.GetCurrentEnvironment === 'function',
    },
    clientBridge: () => awaitClientBridge(CLIENT_WAIT_MS).then((bridge) => bridge !== null),
    variable: SETTINGS_VARIABLE,
  };
  render(
    <SettingsI18n.Provider value={t}>
      <SettingsApp client={env.client} diagnostics={diagnostics} />
    </SettingsI18n.Provider>,
    root,
  );
};

const root = document.getElementById('root');
if (root) void start(root);
