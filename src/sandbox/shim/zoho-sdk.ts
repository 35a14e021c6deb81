import type { FromHost } from './messages';
import { isFromHost } from './messages';
import { createZohoShim } from './zoho-shim';

/** Browser entry, built as a classic script: sets window.ZOHO and a bare global $Client. */
const shim = createZohoShim({
  fetch: window.fetch.bind(window),
  baseUrl: window.location.origin,
  token: new URLSearchParams(window.location.search).get('sandboxToken') ?? 'sandbox-rep-1',
  host: {
    send: (message) => window.parent.postMessage(message, '*'),
    listen: (handler: (message: FromHost) => void) =>
      window.addEventListener('message', (event) => {
        if (event.source === window.parent && isFromHost(event.data)) handler(event.data);
      }),
  },
});

const { $Client, ...zoho } = shim;
(window as unknown as { ZOHO: unknown }).ZOHO = zoho;

// Zoho declares $Client as a global lexical binding (window.$Client is undefined); the build's footer turns
// this stash into that binding without an inline script, which the widget's CSP would block.
(window as unknown as Record<string, unknown>).__zdpClient__ = $Client;
