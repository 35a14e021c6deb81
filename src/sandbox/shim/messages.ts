/** postMessage protocol between the widget iframe (shim) and the sandbox host page. */
export type ToHost =
  | { readonly type: 'zdp:init' }
  | { readonly type: 'zdp:resize'; readonly height: unknown; readonly width: unknown }
  | { readonly type: 'zdp:populate'; readonly values: unknown }
  /** ZOHO.CRM.UI.Record.open: the CRM shows that record's page in place of the current one. */
  | { readonly type: 'zdp:open-record'; readonly entity: unknown; readonly id: unknown }
  | { readonly type: 'zdp:popup-close' }
  | { readonly type: 'zdp:client-close'; readonly result: unknown }
  /** ZDK.Client.closeSelf(response): the widget a Client Script opened closes itself (lib/ZDK.js). */
  | { readonly type: 'zdp:close-self'; readonly response: unknown }
  | { readonly type: 'zdp:notify-response'; readonly id: unknown; readonly data: unknown };

export type FromHost =
  /** Answers zdp:init: the start data and the URL of the ZDK part (`$Client`, `ZDK`), as get_zdk_url does. */
  | { readonly type: 'zdp:pageload'; readonly data: unknown; readonly zdkUrl?: string }
  /**
   * `wait` marks a NotifyAndWait, which must be answered with ZDK.Client.sendResponse(id, value); `id` is the one
   * the CRM waits on (lib/ZDK.js sends it back as `uuid`).
   */
  | { readonly type: 'zdp:notify'; readonly data: unknown; readonly wait?: boolean; readonly id?: string };

export type Host = {
  readonly send: (message: ToHost) => void;
  readonly listen: (handler: (message: FromHost) => void) => void;
};

export const isFromHost = (m: unknown): m is FromHost =>
  typeof m === 'object' &&
  m !== null &&
  ((m as { type?: unknown }).type === 'zdp:pageload' || (m as { type?: unknown }).type === 'zdp:notify');
