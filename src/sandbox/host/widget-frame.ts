import { parseShimOptions } from '../shim/shim-options';
import { ZDK_PATH, zdkOriginOf } from '../zdk-origin';

/**
 * Hosts the built widget in an iframe the way Zoho does, over the shim's postMessage protocol:
 * iframe -> host zdp:init | zdp:resize | zdp:populate | zdp:open-record | zdp:popup-close | zdp:client-close |
 * zdp:close-self | zdp:notify-response;
 * host -> iframe zdp:pageload (answers zdp:init, with the ZDK script's URL as get_zdk_url does) | zdp:notify.
 */
export type FrameEvents = {
  readonly onResize?: (size: { readonly height?: number; readonly width?: number }) => void;
  readonly onPopulate?: (values: Record<string, unknown>) => void;
  readonly onOpenRecord?: (record: { readonly module: string; readonly id: string }) => void;
  readonly onPopupClose?: () => void;
  readonly onClientClose?: (result: unknown) => void;
  readonly onCloseSelf?: (response: unknown) => void;
  readonly onNotifyResponse?: (id: unknown, data: unknown) => void;
};

export type WidgetFrame = {
  readonly iframe: HTMLIFrameElement;
  /** A `waitId` makes it a NotifyAndWait, answered with that id through onNotifyResponse. */
  readonly notify: (data: unknown, waitId?: string) => void;
  readonly dispose: () => void;
};

type Message = { readonly type?: unknown } & Record<string, unknown>;

/** A host page told `broken: ["zdk"]` never sends the ZDK script's URL, as if get_zdk_url failed. */
const zdkBroken = (): boolean =>
  parseShimOptions(new URLSearchParams(location.search).get('zohoShim')).broken.includes('zdk');

/**
 * Zoho opens a widget with `serviceOrigin` (the CRM's origin, lib/ZSDK.js); the sandbox also passes its own
 * `zohoShim` options on, so a host page told how to play Zoho tells its widgets too.
 */
export const widgetUrl = (page: string, token: string): string => {
  const params = new URLSearchParams({ sandboxToken: token, serviceOrigin: location.origin });
  const shim = new URLSearchParams(location.search).get('zohoShim');
  if (shim) params.set('zohoShim', shim);
  return `/app/${page}?${params.toString()}`;
};

export const createWidgetFrame = (
  src: string,
  pageLoad: unknown,
  events: FrameEvents,
  title = 'Duplicate Preview',
): WidgetFrame => {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = title;
  iframe.className = 'widget-frame';
  let ready = false;
  let latest = pageLoad;
  /** NotifyAndWaits sent before the widget asked for its start data: delivered right after it, each still awaited. */
  const early: Message[] = [];

  const post = (message: Message) => iframe.contentWindow?.postMessage(message, location.origin);

  const onMessage = (event: MessageEvent<unknown>) => {
    // Only our own iframe, same origin, speaks this protocol; anything else is ignored.
    if (event.source !== iframe.contentWindow || event.origin !== location.origin) return;
    const message = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as Message;
    switch (message.type) {
      case 'zdp:init':
        ready = true;
        post({
          type: 'zdp:pageload',
          data: latest,
          ...(zdkBroken() ? {} : { zdkUrl: `${zdkOriginOf(location.origin)}${ZDK_PATH}` }),
        });
        for (const message of early.splice(0)) post(message);
        return;
      case 'zdp:resize':
        events.onResize?.({
          ...(typeof message.height === 'number' ? { height: message.height } : {}),
          ...(typeof message.width === 'number' ? { width: message.width } : {}),
        });
        return;
      case 'zdp:populate':
        if (typeof message.values === 'object' && message.values !== null) {
          events.onPopulate?.(message.values as Record<string, unknown>);
        }
        return;
      case 'zdp:open-record':
        // The SDK takes RecordID as a string or a number.
        if (typeof message.entity === 'string' && ['string', 'number'].includes(typeof message.id))
          events.onOpenRecord?.({ module: message.entity, id: String(message.id) });
        return;
      case 'zdp:popup-close':
        events.onPopupClose?.();
        return;
      case 'zdp:client-close':
        events.onClientClose?.(message.result);
        return;
      case 'zdp:close-self':
        events.onCloseSelf?.(message.response);
        return;
      case 'zdp:notify-response':
        events.onNotifyResponse?.(message.id, message.data);
        return;
    }
  };
  window.addEventListener('message', onMessage);

  return {
    iframe,
    // Before the widget has asked for its start data, the newest values simply become that start data; a waiting
    // notify is kept for after it, since its sender waits for an answer. Whether Zoho queues a notify sent right
    // after open() this way is UNVERIFIED; the widget's listeners exist before init(), so it can answer either way.
    notify: (data, waitId) => {
      const message = waitId === undefined ? null : { type: 'zdp:notify', data, wait: true, id: waitId };
      if (ready) post(message ?? { type: 'zdp:notify', data, wait: false });
      else {
        latest = data;
        if (message) early.push(message);
      }
    },
    dispose: () => {
      window.removeEventListener('message', onMessage);
      iframe.remove();
    },
  };
};
