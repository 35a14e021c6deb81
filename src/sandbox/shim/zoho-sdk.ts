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

// Zoho declares $Client as a global lexical binding: reachable as `$Client`, but window.$Client is undefined.
const stash = '__zdpClient__';
(window as unknown as Record<string, unknown>)[stash] = $Client;
const script = document.createElement('script');
script.textContent = `const $Client = window.${stash}; delete window.${stash};`;
(document.head ?? document.documentElement).appendChild(script);
script.remove();
