import { render } from 'preact';
import type { ZohoSdk } from '../zoho/zoho-sdk';
import { App, type Session } from './components/App';
import type { CheckCache } from './hooks/use-duplicate-check';
import { english, I18n } from './i18n/i18n-context';
import { loadTranslations } from './i18n/load-translations';
import type { Translate } from './i18n/translate';
import type { CloseResult, WidgetPorts } from './ports';
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
const cache: CheckCache = new Map();
const noResize = () => {};

/** Always the same App at the root, so the live region stays the same element from the first paint on. */
const show = (t: Translate, session: Session | null, hint: string, resize: WidgetPorts['resize']) => {
  if (root)
    render(
      <I18n.Provider value={t}>
        <App session={session} hint={hint} resize={resize} cache={cache} />
      </I18n.Provider>,
      root,
    );
};

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
  const resize: WidgetPorts['resize'] = (size) => void sdk.CRM.UI.Resize(size).catch(() => undefined);
  show(english, null, 'starting', resize);
  // The client layer and the engine load while the SDK handshakes.
  const platform = import('./platform');
  await sdk.embeddedApp.init();

  const [t, connected] = await Promise.all([
    loadTranslations(navigator.language, (url) => fetch(url).then((r) => r.json() as Promise<unknown>)),
    platform.then((p) => p.connect(sdk)),
  ]);
  const ports: WidgetPorts = {
    ...connected,
    resize,
    close: (result) => {
      const bridge = clientBridge();
      if (bridge) bridge.close(result);
      else void sdk.CRM.UI.Popup.close().catch(() => undefined);
    },
    populate: (values) => void sdk.CRM.UI.Record.populate(values).catch(() => undefined),
  };
  // Made once: a new function per paint would restart the check on every Notify.
  const saveCheck: WidgetPorts['check'] = (request, signal) =>
    ports.check({ ...request, fresh: true }, signal);
  paint = (data) => {
    const startData = connected.toStartData(data);
    if (!startData) return show(t, null, 'idle', resize);
    const scoped = {
      ...ports,
      // Save decides whether a duplicate is created: worth a COQL read past search's lagging index.
      check: startData.placement === 'popup' ? saveCheck : ports.check,
      close: startData.placement === 'popup' ? ports.close : null,
      populate: startData.placement === 'button' ? ports.populate : null,
    };
    show(t, { ports: scoped, start: startData }, 'idle', resize);
  };
  if (latest === null) show(t, null, 'idle', resize);
  else paint(latest);
};

if (!zoho) show(english, null, 'noSdk', noResize);
else start(zoho).catch(() => show(english, null, 'error.other', noResize));
