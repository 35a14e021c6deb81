import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/e2e/support/browser';
import { serveStatic } from '../test/e2e/support/static-server';

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

// Static imports between built chunks (`from"./x.js"` or `import"./x.js"`); dynamic `import("./x.js")` is not one.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g;

/** gzip -9 size of every local script and stylesheet an HTML entry loads (Zoho's CDN SDK excluded), with every
 * chunk those scripts import statically (a modulepreload link may not list them all). */
export const bundleGzBytes = (htmlPath: string): number => {
  const html = readFileSync(htmlPath, 'utf8');
  const files = new Set(
    [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((ref) => ref.startsWith('./') && /\.(js|css)$/.test(ref))
      .map((ref) => resolve(dirname(htmlPath), ref)),
  );
  for (const file of files)
    if (file.endsWith('.js'))
      for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
        files.add(resolve(dirname(file), m[1] ?? ''));
  return [...files].reduce((sum, file) => sum + gz(file), 0);
};

// A stand-in for Zoho's SDK whose Leads search finds one duplicate. A plain string: it runs inside the page.
const STUB_SDK = `
  window.__handlers = {};
  const field = (api_name, data_type, unique) => ({ api_name, field_label: api_name, data_type, unique: unique ? { case_sensitive: false } : {} });
  const lead = { id: '900001', Last_Name: 'Lovelace', Email: 'ada@example.com', Owner: { id: '1', name: 'Grace Hopper' } };
  window.ZOHO = {
    embeddedApp: { on: (event, fn) => { window.__handlers[event] = fn; }, init: async () => null },
    CRM: {
      API: {
        searchRecord: async (q) => (q.Entity === 'Leads' ? { data: [lead] } : { status: 204 }),
        getOrgVariable: async () => ({ Success: { Content: null } }),
      },
      META: { getFields: async () => ({ fields: [field('Email', 'email', true), field('Last_Name', 'text', false)] }) },
      // Searches that include converted Leads travel over REST (searchRecord drops converted).
      CONNECTION: {
        invoke: async (name, req) => ({
          details: { statusMessage: req.url.includes('/Leads/search') ? JSON.stringify({ data: [lead] }) : '' },
        }),
      },
      CONFIG: { getOrgInfo: async () => ({ org: [{ id: '1', zgid: '7000', company_name: 'Bench' }] }) },
      UI: { Resize: async () => null },
    },
  };`;

const NOTIFY = `window.__handlers.Notify({ source: 'client-script', module: 'Leads', mode: 'flyout',
  values: { Last_Name: 'Lovelace', Email: 'ada@example.com' } })`;

export type FirstCheck = { readonly gzBytes: number; readonly files: readonly string[] };

/**
 * gzip -9 size of every local script and stylesheet the widget fetched from opening to its first check's result
 * on screen (the entry, its preloads and the chunks loaded on the way), measured in Chromium over a stub SDK.
 */
export const firstCheck = async (appDir: string, entry = 'widget.html'): Promise<FirstCheck> => {
  const server = await serveStatic(appDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ bypassCSP: true });
    const fetched = new Set<string>();
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin === server.origin && /\.(js|css)$/.test(url.pathname)) fetched.add(url.pathname);
    });
    await page.route('https://live.zwidgets.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await page.addInitScript({ content: STUB_SDK });
    await page.goto(`${server.origin}/${entry}`);
    await page.waitForFunction('window.__handlers && "Notify" in window.__handlers');
    // Sent at once: the widget keeps the latest payload until its platform chunk has loaded.
    await page.evaluate(NOTIFY);
    await page.waitForSelector('[role=status].found', { timeout: 10_000 });
    const files = [...fetched].sort();
    return { gzBytes: files.reduce((sum, f) => sum + gz(resolve(appDir, `.${f}`)), 0), files };
  } finally {
    await browser.close();
    await server.close();
  }
};

/** gzip -9 bytes of JS + CSS loaded up to the first check's result painted. */
export const firstCheckGzBytes = async (appDir: string, entry = 'widget.html'): Promise<number> =>
  (await firstCheck(appDir, entry)).gzBytes;
