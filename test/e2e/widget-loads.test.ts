import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
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

// Static imports between built chunks (`from"./x.js"` or `import"./x.js"`); `import("./x.js")` is not one.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g;

test('the first paint does not wait for the check engine: no chunk widget.html reaches statically is the engine chunk', () => {
  const dir = resolve(import.meta.dirname, '../../build/app');
  const html = readFileSync(resolve(dir, 'widget.html'), 'utf8');
  const files = new Set(
    [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\.\/[^"]+\.js)"/g)].map((m) =>
      resolve(dir, m[1] ?? ''),
    ),
  );
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
      files.add(resolve(dirname(file), m[1] ?? ''));
  const names = [...files].map((file) => basename(file));
  expect(names.some((name) => name.startsWith('widget-'))).toBe(true);
  expect(names.filter((name) => name.startsWith('platform-'))).toEqual([]);
  // The engine chunk exists and is loaded later, by import().
  const assets = readdirSync(resolve(dir, 'assets'));
  expect(assets.filter((name) => /^platform-.*\.js$/.test(name))).toHaveLength(1);
});

test('the engine chunk, which all three widgets load, imports no widget entry: loading it runs no other page', () => {
  const dir = resolve(import.meta.dirname, '../../build/app/assets');
  const chunks = readdirSync(dir).filter((name) => /^(platform|common|shared)-.*\.js$/.test(name));
  expect(chunks.some((name) => name.startsWith('platform-'))).toBe(true);
  const imports = chunks.flatMap((name) =>
    [...readFileSync(resolve(dir, name), 'utf8').matchAll(STATIC_IMPORT)].map((m) => `${name} -> ${m[1]}`),
  );
  expect(imports.filter((line) => /-> \.\/(widget|settings|import)-/.test(line))).toEqual([]);
});
