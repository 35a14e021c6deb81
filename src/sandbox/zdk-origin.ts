/**
 * Zoho injects the ZDK part of the SDK from its static host, not the widget's origin (get_zdk_url,
 * crm_release_1.1 lib/ZohoCrmHelper.js). The sandbox plays that host under the other loopback name, a second
 * origin on the same port, so the widget's CSP decides whether the script may run.
 */
export const ZOHO_STATIC_SOURCE = 'https://*.zohocdn.com';

/** http://127.0.0.1:5173 -> http://localhost:5173 and back. */
export const zdkOriginOf = (origin: string): string => {
  const url = new URL(origin);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
};

export const ZDK_PATH = '/sandbox/zdk-client.js';
