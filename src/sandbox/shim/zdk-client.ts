import type { ToHost } from './messages';

/**
 * The ZDK part of the SDK that Zoho injects into a widget from a static host (get_zdk_url): `$Client.close`
 * answers the Client Script's openPopup, `ZDK.Client.sendResponse` a NotifyAndWait (lib/$Client.js, lib/ZDK.js).
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
  },
};

// Zoho declares both as global lexical bindings (window.$Client is undefined); the build's footer turns this
// stash into those bindings.
(window as unknown as Record<string, unknown>).__zdpZdk__ = { client, zdk };
