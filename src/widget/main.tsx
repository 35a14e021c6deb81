import { render } from 'preact';
import type { ZohoSdk } from '../zoho/zoho-sdk';
import { forgetOnWrite } from './check/forget-on-write';
import type { Checker } from './check/types';
import { App, type Session } from './components/App';
import { CurrentUser } from './components/current-user';
import { withFormValues } from './edit-page-values';
import type { CheckCache } from './hooks/use-duplicate-check';
import { english, I18n } from './i18n/i18n-context';
import { loadTranslations } from './i18n/load-translations';
import type { Translate } from './i18n/translate';
import { userLocale } from './i18n/user-locale';
import { createNotifyAnswers } from './notify-answers';
import { asEnvelope, unwrapNotify } from './notify-envelope';
import type { WidgetPorts } from './ports';
import { awaitClientBridge, awaitZdkBridge, sessionRest, type ZdkBridge, zdkBridge } from './zoho-globals';
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
      readonly Record: {
        readonly populate: (values: unknown) => Promise<unknown>;
        readonly open: (record: { readonly Entity: string; readonly RecordID: string }) => Promise<unknown>;
      };
    };
  };
};

/** SDK promises never time out (ZOHO.md): init() gets this long before the rep is told and offered a retry. */
const INIT_TIMEOUT_MS = 15_000;
/** How long a popup answer waits for $Client, which the CRM injects after init() may have resolved. */
const CLIENT_WAIT_MS = 10_000;

const root = document.getElementById('root');
const zoho = (window as { ZOHO?: EmbeddedZoho }).ZOHO;
const cache: CheckCache = new Map();
const noResize = () => {};
const reload = () => location.reload();
/** The signed-in user's id once CONFIG.getCurrentUser has answered. */
let me: string | null = null;
/**
 * ZDK calls in the order they were made, each once ZDK has loaded (it may come after init()): an answer to the
 * Client Script always goes out before the flyout closes itself. What a call returns is not awaited.
 */
let zdkCalls: Promise<unknown> = Promise.resolve();
const withZdk = (call: (zdk: ZdkBridge) => unknown) => {
  zdkCalls = zdkCalls
    .then(() => zdkBridge() ?? awaitZdkBridge(CLIENT_WAIT_MS))
    .then((zdk) => {
      if (zdk) void Promise.resolve(call(zdk)).catch(() => undefined);
    })
    .catch(() => undefined);
};

const moduleOf = (data: unknown): string | null => {
  const module = typeof data === 'object' && data !== null ? (data as { module?: unknown }).module : null;
  return typeof module === 'string' ? module : null;
};

/** Always the same App at the root, so the live region stays the same element from the first paint on. */
const show = (
  t: Translate,
  session: Session | null,
  hint: string,
  resize: WidgetPorts['resize'],
  onRetry?: () => void,
) => {
  if (root)
    render(
      <I18n.Provider value={t}>
        <CurrentUser.Provider value={me}>
          <App session={session} hint={hint} resize={resize} cache={cache} onRetry={onRetry} />
        </CurrentUser.Provider>
      </I18n.Provider>,
      root,
    );
};

const timedOut = (promise: Promise<unknown>, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve(false);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });

const start = async (sdk: EmbeddedZoho) => {
  let latest: unknown = null;
  let paint: ((data: unknown) => void) | null = null;
  const receive: Listener = (data) => {
    latest = data;
    paint?.(data);
  };
  let connectedCheck: (check: Checker) => void = () => {};
  const checker = new Promise<Checker>((resolve) => {
    connectedCheck = resolve;
  });
  // The answer to a waiting Client Script says whether the module's checks are off, from the settings read the
  // checks share, so the script closes the flyout and opens no save popup; bounded, since the script hangs meanwhile.
  const answers = createNotifyAnswers({
    offOf: (module) => checker.then((c) => c.policy?.(module)).then((policy) => policy?.off === true),
    send: (id, answer) => withZdk((zdk) => zdk.Client?.sendResponse?.(id, answer)),
  });
  // Off means off: the script hears "off" first (a flyout gone before it answers leaves a NotifyAndWait unanswered),
  // then the flyout closes itself; without closeSelf the script's own close, on that answer, is all there is.
  const closeSelfFor =
    (module: string): NonNullable<WidgetPorts['closeSelf']> =>
    (response) => {
      answers.answerOff(module);
      withZdk((zdk) => zdk.Client?.closeSelf?.(response));
    };
  // Handlers must exist before init(): PageLoad fires during it, and a later registration may never run.
  sdk.embeddedApp.on('PageLoad', receive);
  sdk.embeddedApp.on('Notify', (data) => receive(unwrapNotify(data)));
  sdk.embeddedApp.on('NotifyAndWait', (data) => {
    const envelope = asEnvelope(data);
    if (envelope) answers.answer(envelope.id, moduleOf(envelope.data));
    receive(unwrapNotify(data));
  });
  // Nothing on ZOHO.CRM before init() resolves: the SDK throws "Parentwindow reference not found" (lib/ZSDK.js).
  let ready = false;
  const resize: WidgetPorts['resize'] = (size) => {
    if (!ready) return;
    try {
      void sdk.CRM.UI.Resize(size).catch(() => undefined);
    } catch {}
  };
  show(english, null, 'starting', resize);
  // The client layer and the engine load while the SDK handshakes.
  const platform = import('./platform');
  const init = sdk.embeddedApp.init();
  // Told after a while, but still waiting: a host that answers late carries on by itself.
  if (await timedOut(init, INIT_TIMEOUT_MS)) show(english, null, 'initTimeout', noResize, reload);
  await init;
  ready = true;

  const context = {
    serviceOrigin: new URLSearchParams(location.search).get('serviceOrigin'),
    session: sessionRest,
  };
  const connected = await platform.then((p) => p.connect(sdk, context));
  // The user's own Zoho language, not the browser's (CONFIG.getCurrentUser answers `language`, users.json).
  me = connected.user?.id ?? null;
  const t = await loadTranslations(userLocale(connected.user?.language), (url) =>
    fetch(url).then((r) => r.json() as Promise<unknown>),
  );
  connectedCheck(connected.check);
  const ports: WidgetPorts = {
    ...connected,
    client: forgetOnWrite(connected.client, () => {
      cache.clear();
      connected.check.invalidate?.();
    }),
    resize,
    // Only $Client.close answers the Client Script's openPopup; ZOHO.CRM.UI.Popup.close does not (ZOHO.md).
    close: (result) => {
      void awaitClientBridge(CLIENT_WAIT_MS).then((bridge) => {
        if (bridge) bridge.close(result);
        else show(t, null, 'clientMissing', resize);
      });
    },
    populate: (values) => {
      try {
        void sdk.CRM.UI.Record.populate(values).catch(() => undefined);
      } catch {}
    },
    openRecord: (module, id) => {
      try {
        void sdk.CRM.UI.Record.open({ Entity: module, RecordID: id }).catch(() => undefined);
      } catch {}
    },
  };
  // Made once: a new function per paint would restart the check on every Notify.
  const saveCheck: WidgetPorts['check'] = (request, signal) =>
    ports.check({ ...request, fresh: true }, signal);
  let showing = false;
  paint = (data) => {
    const startData = connected.toStartData(data);
    // Something unrecognisable (an envelope of another kind, a stray message) never clears a shown panel.
    if (!startData) {
      if (!showing) show(t, null, 'idle', resize);
      return;
    }
    showing = true;
    const scoped = {
      ...ports,
      // Save decides whether a duplicate is created: worth a COQL read past search's lagging index.
      check: startData.placement === 'popup' ? saveCheck : ports.check,
      close: startData.placement === 'popup' ? ports.close : null,
      closeSelf: startData.placement === 'flyout' ? closeSelfFor(startData.module) : null,
      populate: startData.placement === 'button' ? ports.populate : null,
      // A record page, and an edit page's flyout (its record may be merged away): the SDK's Record.open is
      // the flyout's only way to move the page, since the Client Script awaits nothing from it.
      openRecord:
        startData.placement === 'record' || (startData.placement === 'flyout' && startData.recordId !== null)
          ? (ports.openRecord ?? null)
          : null,
    };
    show(t, { ports: scoped, start: startData }, 'idle', resize);
  };
  if (latest === null) show(t, null, 'idle', resize);
  else paint(latest);
  // An edit-page PageLoad without Data: once the ZDK part has loaded, its form values replace the saved record.
  const opened = latest;
  if (opened !== null && connected.toStartData(opened)?.placement === 'record') {
    await awaitClientBridge(CLIENT_WAIT_MS);
    const filled = await withFormValues(opened, zdkBridge());
    if (filled !== opened && latest === opened) receive(filled);
  }
};

if (!zoho) show(english, null, 'noSdk', noResize);
else start(zoho).catch(() => show(english, null, 'error.other', noResize, reload));
