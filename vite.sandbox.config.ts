import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;
const outDir = resolve(here, 'build/sandbox');
const shimEntry = resolve(here, 'src/sandbox/shim/zoho-sdk.ts');
const zdkEntry = resolve(here, 'src/sandbox/shim/zdk-client.ts');

// Top-level `const` in a classic script: globals reachable as `$Client` and `ZDK` that are not window properties.
const ZDK_FOOTER =
  'const $Client = window.__zdpZdk__.client; const ZDK = window.__zdpZdk__.zdk; delete window.__zdpZdk__;';

const classicScript = (entry: string, fileName: string, footer?: string) =>
  build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'ZohoSandbox', fileName: () => fileName },
      rollupOptions: { output: footer ? { footer } : {} },
    },
  });

// The widget loads the SDK by a classic <script> tag, so the shim must be one unhashed IIFE file.
const buildShim = (): Plugin => ({
  name: 'build-zoho-sdk-shim',
  apply: 'build',
  async closeBundle() {
    if (!existsSync(shimEntry)) {
      this.warn(`no ${shimEntry}: build/sandbox/zoho-sdk.js not written`);
      return;
    }
    // The SDK stand-in, and the ZDK part Zoho injects from its static host (served from a second origin).
    await classicScript(shimEntry, 'zoho-sdk.js');
    await classicScript(zdkEntry, 'zdk-client.js', ZDK_FOOTER);
  },
});

/** The sandbox host page (a CRM create/edit page) and the window.ZOHO shim, into build/sandbox/. */
export default defineConfig({
  root: resolve(here, 'src/sandbox/host'),
  // Absolute: the same page answers deep links such as /Leads/123/edit.
  base: '/sandbox/',
  publicDir: false,
  plugins: [buildShim()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { input: resolve(here, 'src/sandbox/host/index.html') },
  },
});
