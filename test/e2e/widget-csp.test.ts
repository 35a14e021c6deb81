import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from './support/browser';
import { serveStatic } from './support/static-server';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(resolve(import.meta.dirname, '../../build/app'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A stand-in for Zoho's SDK from its CDN that, like the real init() (crm_release_1.1 lib/ZohoCrmHelper.js,
 * get_zdk_url), appends a script tag for the ZDK part from the URL the CRM names.
 */
const sdkInjecting = (zdkUrl: string) => `window.ZOHO = { embeddedApp: {
  on: function () {},
  init: function () {
    var s = document.createElement('script'); s.src = ${JSON.stringify(zdkUrl)}; document.body.appendChild(s);
    return new Promise(function () {});
  } } };`;

/** The built widget with Zoho's hosts played by routes; answers whether $Client arrived and what CSP blocked. */
const load = async (page: Page, zdkUrl: string) => {
  await page.addInitScript({
    content: `window.__blocked = [];
      document.addEventListener('securitypolicyviolation', function (e) { window.__blocked.push(e.blockedURI); });`,
  });
  await page.route('https://live.zwidgets.com/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: sdkInjecting(zdkUrl) }),
  );
  const zdkRoute = `${new URL(zdkUrl).origin}/**`;
  await page.route(zdkRoute, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'const $Client = { close: function () {} };' }),
  );
  await page.goto(`${server.origin}/widget.html`);
  await page.waitForFunction(
    () =>
      // biome-ignore lint/suspicious/noExplicitAny: reads the page's own globals
      (window as any).__blocked.length > 0 || new Function('return typeof $Client')() !== 'undefined',
  );
  return page.evaluate(() => ({
    // biome-ignore lint/suspicious/noExplicitAny: reads the page's own globals
    blocked: (window as any).__blocked as string[],
    client: new Function('return typeof $Client')() as string,
  }));
};

test('the widget’s CSP lets the ZDK script Zoho injects from its static CDN run, so $Client arrives', async () => {
  const page = await browser.newPage();
  const seen = await load(page, 'https://static.zohocdn.com/crm/zdk/zdk-client.js');
  expect(seen).toEqual({ blocked: [], client: 'object' });
});

test('the same CSP still blocks a script from a host it does not name (the check above can fail)', async () => {
  const page = await browser.newPage();
  const seen = await load(page, 'https://cdn.example.invalid/zdk-client.js');
  expect(seen.client).toBe('undefined');
  expect(seen.blocked).toEqual(['https://cdn.example.invalid/zdk-client.js']);
});
