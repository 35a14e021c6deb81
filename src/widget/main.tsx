import { render } from 'preact';
import { recordLink, tabNameOf } from '../zoho/record-link';
import { createSdkClient } from '../zoho/sdk-client';
import type { ZohoSdk } from '../zoho/zoho-sdk';
import { createBasicChecker } from './check/basic-checker';
import { App } from './components/App';
import type { CheckCache } from './hooks/use-duplicate-check';
import { english, I18n } from './i18n/i18n-context';
import { loadTranslations } from './i18n/load-translations';
import type { Translate } from './i18n/translate';
import type { CloseResult, WidgetPorts } from './ports';
import { type StartData, toStartData } from './start-data';
import './widget.css';

type Listener = (data: unknown) => void;
type EmbeddedZoho = ZohoSdk & {
  readonly embeddedApp: {
    readonly on: (event: string, fn: Listener) => void;
    readonly init: () => Promise<unknown>;
  };
  readonly CRM: ZohoSdk['CRM'] & {
    readonly UI: {
      readonly Resize: (size: { height: number; width: number }) => Promise<unknown>;
      readonly Record: { readonly populate: (values: unknown) => Promise<unknown> };
      readonly Popup: { readonly close: () => Promise<unknown> };
    };
  };
};
type ClientBridge = { readonly close: (result: CloseResult) => unknown };

// $Client is a bare global that may load after init() resolves; window.$Client is always undefined.
declare const $Client: ClientBridge | undefined;
const clientBridge = (): ClientBridge | null => (typeof $Client === 'undefined' ? null : ($Client ?? null));

const root = document.getElementById('root');
const zoho = (window as { ZOHO?: EmbeddedZoho }).ZOHO;
const show = (t: Translate, node: preact.ComponentChildren) => {
  if (root) render(<I18n.Provider value={t}>{node}</I18n.Provider>, root);
};
const message = (t: Translate, key: string) => show(t, <p class="widget hint">{t(key)}</p>);

const start = async (sdk: EmbeddedZoho) => {
  let latest: unknown = null;
  let paint: ((data: unknown) => void) | null = null;
  const receive: Listener = (data) => {
    latest = data;
    paint?.(data);
  };
  // Handlers must exist before init(): PageLoad fires during it, and a later registration may never run.
  sdk.embeddedApp.on('PageLoad', receive);
  sdk.embeddedApp.on('Notify', receive);
  message(english, 'starting');
  await sdk.embeddedApp.init();

  const client = createSdkClient(sdk);
  const [t, org] = await Promise.all([
    loadTranslations(navigator.language, (url) => fetch(url).then((r) => r.json() as Promise<unknown>)),
    client.getOrg(),
  ]);
  const ports: WidgetPorts = {
    client,
    check: createBasicChecker(client),
    recordUrl: (module, id) =>
      org.ok
        ? recordLink({
            dataCentre: org.value.dataCentre,
            zgid: org.value.zgid,
            tabName: tabNameOf(module, 'default', null),
            id,
          })
        : null,
    resize: (size) => void sdk.CRM.UI.Resize(size).catch(() => undefined),
    close: (result) => {
      const bridge = clientBridge();
      if (bridge) bridge.close(result);
      else void sdk.CRM.UI.Popup.close().catch(() => undefined);
    },
    populate: (values) => void sdk.CRM.UI.Record.populate(values).catch(() => undefined),
  };
  const cache: CheckCache = new Map();
  paint = (data) => {
    const startData: StartData | null = toStartData(data);
    if (!startData) return message(t, 'idle');
    const popup = startData.placement === 'popup';
    const scoped = {
      ...ports,
      close: popup ? ports.close : null,
      populate: startData.placement === 'button' ? ports.populate : null,
    };
    show(t, <App ports={scoped} start={startData} cache={cache} />);
  };
  if (latest === null) message(t, 'idle');
  else paint(latest);
};

if (!zoho) message(english, 'noSdk');
else start(zoho).catch(() => message(english, 'error.other'));
