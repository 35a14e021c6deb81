import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';

const here = import.meta.dirname;
const outDir = resolve(here, 'build/sandbox');
const shimEntry = resolve(here, 'src/sandbox/shim/zoho-sdk.ts');

// Top-level `const` in a classic script: a global reachable as `$Client` that is not a window property.
const SHIM_FOOTER = 'const $Client = window.__zdpClient__; delete window.__zdpClient__;';

// The widget loads the SDK by a classic <script> tag, so the shim must be one unhashed IIFE file.
const buildShim = (): Plugin => ({
  name: 'build-zoho-sdk-shim',
  apply: 'build',
  async closeBundle() {
    if (!existsSync(shimEntry)) {
      this.warn(`no ${shimEntry}: build/sandbox/zoho-sdk.js not written`);
      return;
    }
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        sourcemap: false,
        minify: true,
        lib: { entry: shimEntry, formats: ['iife'], name: 'ZohoSandboxSdk', fileName: () => 'zoho-sdk.js' },
        rollupOptions: { output: { footer: SHIM_FOOTER } },
      },
    });
  },
});

/** The sandbox host page (a CRM create/edit page) and the window.ZOHO shim, into build/sandbox/. */
export default defineConfig({
  root: resolve(here, 'src/sandbox/host'),
  base: './',
  publicDir: false,
  plugins: [buildShim()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: { input: resolve(here, 'src/sandbox/host/index.html') },
  },
});
