import type { ZohoSession } from '../zoho/zoho-sdk';
import type { CloseResult } from './ports';

type ClientBridge = { readonly close: (result: CloseResult) => unknown };
export type ZdkBridge = {
  readonly Client?: {
    readonly sendResponse?: (id: unknown, data: unknown) => unknown;
    /** Closes the widget a Client Script opened, with a response for the script (lib/ZDK.js, 'close_widget'). */
    readonly closeSelf?: (response: unknown) => unknown;
  };
  readonly Page?: { readonly getForm?: () => { readonly getValues?: () => unknown } | null | undefined };
};

// $Client and ZDK are bare globals from the script the CRM injects during init() (get_zdk_url, crm_release_1.1
// lib/ZohoCrmHelper.js), and may load after init() resolves; window.$Client is always undefined (lib/$Client.js).
declare const $Client: ClientBridge | undefined;
declare const ZDK: ZdkBridge | undefined;
// SDK 1.5's session REST client (zohocrm.dev/explore/widgets/v1.5/zrc_methods).
declare const zrc: ZohoSession | undefined;

export const clientBridge = (): ClientBridge | null =>
  typeof $Client === 'undefined' ? null : ($Client ?? null);

export const zdkBridge = (): ZdkBridge | null => (typeof ZDK === 'undefined' ? null : (ZDK ?? null));

export const sessionRest = (): ZohoSession | null =>
  typeof zrc === 'undefined' || typeof zrc?.request !== 'function' ? null : zrc;

/** Waits for `read` to find its global, checking every `stepMs` until `ms` have passed; null if it never does. */
const awaitGlobal = <T>(read: () => T | null, ms: number, stepMs: number): Promise<T | null> =>
  new Promise((resolve) => {
    const started = Date.now();
    const look = () => {
      const found = read();
      if (found || Date.now() - started >= ms) resolve(found);
      else setTimeout(look, stepMs);
    };
    look();
  });

/** Waits for $Client to arrive, checking every `stepMs` until `ms` have passed; null if it never does. */
export const awaitClientBridge = (ms: number, stepMs = 100): Promise<ClientBridge | null> =>
  awaitGlobal(clientBridge, ms, stepMs);

/** Waits for ZDK the same way: it comes with $Client, from the script the CRM injects. */
export const awaitZdkBridge = (ms: number, stepMs = 100): Promise<ZdkBridge | null> =>
  awaitGlobal(zdkBridge, ms, stepMs);
