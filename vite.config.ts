import { cpSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'app');
const outDir = resolve(import.meta.dirname, 'build/app');

/** Widget entries: one HTML page per Zoho widget (zet packs everything under app/). */
export const WIDGET_ENTRIES = ['widget', 'settings'] as const;

// Translations are fetched at run time by relative URL, so they travel beside the HTML in the zip.
const copyTranslations = (): Plugin => ({
  name: 'copy-translations',
  apply: 'build',
  closeBundle() {
    cpSync(resolve(root, 'translations'), resolve(outDir, 'translations'), { recursive: true });
  },
});

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [preact(), copyTranslations()],
  server: { fs: { allow: [import.meta.dirname] } },
  build: {
    outDir,
    emptyOutDir: true,
    // zet pack silently drops .map files; inline nothing, emit none.
    sourcemap: false,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rollupOptions: {
      input: Object.fromEntries(
        WIDGET_ENTRIES.filter((name) => existsSync(resolve(root, `${name}.html`))).map((name) => [
          name,
          resolve(root, `${name}.html`),
        ]),
      ),
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
