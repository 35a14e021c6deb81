import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { ZOHO_STATIC_SOURCE } from './zdk-origin';

export const ZOHO_SDK_CDN = 'https://live.zwidgets.com/js-sdk/1.5/ZohoEmbededAppSDK.min.js';
export const SHIM_URL = '/sandbox/zoho-sdk.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/**
 * Serves a file under `root` (never outside it); widget HTML gets the sandbox shim instead of Zoho's CDN SDK,
 * and the sandbox's static host wherever the page names Zoho's (its CSP): a page that does not allow Zoho's
 * static host blocks the sandbox's too.
 */
export const serveStatic = async (
  root: string,
  relative: string,
  staticOrigin?: string,
): Promise<Response> => {
  const path = normalize(join(root, decodeURIComponent(relative || 'index.html')));
  if (!path.startsWith(normalize(root) + sep)) return new Response('Not found', { status: 404 });
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return new Response('Not found', { status: 404 });
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  if (extname(path) === '.html') {
    const sdk = (await readFile(path, 'utf8')).replaceAll(ZOHO_SDK_CDN, SHIM_URL);
    const html = staticOrigin ? sdk.replaceAll(ZOHO_STATIC_SOURCE, staticOrigin) : sdk;
    return new Response(html, { headers: { 'content-type': type } });
  }
  return new Response(await readFile(path), { headers: { 'content-type': type } });
};
