import type { ToHost } from './messages';

/**
 * The ZDK part of the SDK that Zoho injects into a widget from a static host (get_zdk_url): `$Client.close`
 * answers the Client Script's openPopup, `ZDK.Client.sendResponse` a NotifyAndWait, `ZDK.Client.closeSelf` closes
 * the widget a Client Script opened (lib/$Client.js, lib/ZDK.js).
 * Built as a classic script served from a second origin, so the widget's CSP decides whether it runs.
 */
const send = (message: ToHost) => window.parent.postMessage(message, '*');

const client = {
  close: (response: unknown) => {
    send({ type: 'zdp:client-close', result: response });
    return Promise.resolve(true);
  },
};
const zdk = {
  Client: {
    sendResponse: (id: unknown, data: unknown) => {
      send({ type: 'zdp:notify-response', id, data });
      return Promise.resolve(true);
    },
    // "Close Widget rendered from Client Script", with a response for the script (lib/ZDK.js closeSelf). It sends
    // the CRM the same 'close_widget' event as $Client.close; its own message here lets the host page play what
    // Zoho does with it in a popup, which no public source settles (zdk-options.ts).
    closeSelf: (response: unknown) => {
      send({ type: 'zdp:close-self', response });
      return Promise.resolve(true);
    },
  },
};

// Zoho declares both as global lexical bindings (window.$Client is undefined); the build's footer turns this
// stash into those bindings.
(window as unknown as Record<string, unknown>).__zdpZdk__ = { client, zdk };
