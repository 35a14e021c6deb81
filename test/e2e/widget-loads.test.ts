import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, screenshot } from './support/browser';
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

test('the built widget loads its relative bundle and asks for the pinned Zoho SDK first', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  // Zoho's CDN is out of reach here: answer the SDK request with an empty script and note it was made.
  await page.route('https://live.zwidgets.com/**', (route) => {
    requested.push(route.request().url());
    return route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/widget.html`);
  await expect.poll(() => page.locator('#root').textContent()).toMatch(/\S/);
  await screenshot(page, 'foundation-widget-loads');
  expect(requested).toEqual(['https://live.zwidgets.com/js-sdk/1.5/ZohoEmbededAppSDK.min.js']);
  expect(errors).toEqual([]);
});
