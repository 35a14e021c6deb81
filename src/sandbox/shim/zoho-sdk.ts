import type { FromHost } from './messages';
import { isFromHost } from './messages';
import { pointRecordLinksAtSandbox } from './record-links';
import { parseShimOptions } from './shim-options';
import { createZohoShim } from './zoho-shim';

// The host page's widget-language switch (host/preferences.ts) stands for the language the signed-in user chose
// in Zoho (reported by CONFIG.getCurrentUser) and for the browser's; the widget runs on the host's origin, so the
// choice is readable here before the widget asks.
const language = (() => {
  try {
    return window.localStorage.getItem('zdp.sandbox.language');
  } catch {
    return null;
  }
})();
if (language) Object.defineProperty(window.navigator, 'language', { value: language, configurable: true });

/** Browser entry, built as a classic script: sets window.ZOHO (and `zrc` where the SDK has session REST). */
const params = new URLSearchParams(window.location.search);
const options = parseShimOptions(params.get('zohoShim'));
if (options.recordLinks === 'sandbox') pointRecordLinksAtSandbox(document, window.location.origin);
const shim = createZohoShim({
  fetch: window.fetch.bind(window),
  baseUrl: window.location.origin,
  token: params.get('sandboxToken') ?? 'sandbox-rep-1',
  options,
  userLanguage: language,
  host: {
    send: (message) => window.parent.postMessage(message, '*'),
    listen: (handler: (message: FromHost) => void) =>
      window.addEventListener('message', (event) => {
        if (event.source === window.parent && isFromHost(event.data)) handler(event.data);
      }),
  },
  // As the SDK does with get_zdk_url's answer: a script tag; $Client exists only once it has loaded and run.
  loadZdk: (url) => {
    const script = document.createElement('script');
    script.src = url;
    document.body.appendChild(script);
  },
});

const { zrc, ...zoho } = shim;
(window as unknown as { ZOHO: unknown }).ZOHO = zoho;
if (zrc) (window as unknown as { zrc: unknown }).zrc = zrc;
