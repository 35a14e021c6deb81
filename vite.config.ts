import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { shippedClientScript } from './scripts/client-script-config.ts';

const root = resolve(import.meta.dirname, 'app');
const outDir = resolve(import.meta.dirname, 'build/app');

/** Widget entries: one HTML page per Zoho widget (zet packs everything under app/). */
export const WIDGET_ENTRIES = ['widget', 'settings', 'import'] as const;

type Graph = { readonly getModuleInfo: (id: string) => { readonly importedIds: readonly string[] } | null };

/** Every module `entry` reaches through static imports. */
const staticClosure = (graph: Graph, entry: string): Set<string> => {
  const seen = new Set<string>([entry]);
  for (const id of seen) for (const next of graph.getModuleInfo(id)?.importedIds ?? []) seen.add(next);
  return seen;
};

const PLATFORM = resolve(import.meta.dirname, 'src/widget/platform.ts');
const WIDGET_MAIN = resolve(import.meta.dirname, 'src/widget/main.tsx');

type Split = { readonly initial: Set<string>; readonly platform: Set<string> };

/** What the widget's first paint loads, and what its first check adds (client layer, zod, engine). */
const splitOf = (() => {
  let split: Split | null = null;
  return (graph: Graph): Split => {
    if (!split) {
      const initial = staticClosure(graph, WIDGET_MAIN);
      split = { initial, platform: staticClosure(graph, PLATFORM) };
    }
    return split;
  };
})();

/**
 * Everything the widget's first check adds in one chunk: one request, one gzip window. Modules the first paint
 * already has stay out, and so do writes (sdk-deferred loads on first use).
 */
const firstCheckChunk = (id: string, graph: Graph): string | null => {
  const { initial, platform } = splitOf(graph);
  return platform.has(id) && !initial.has(id) ? 'platform' : null;
};

/**
 * Modules both the first paint and the first check use (folding, the module table): a chunk of their own, so the
 * engine chunk, which the settings and import pages load too, never imports the preview widget's entry.
 */
const firstPaintShared = (id: string, graph: Graph): string | null => {
  const { initial, platform } = splitOf(graph);
  return (platform.has(id) || TINY_SHARED.test(id)) && initial.has(id) ? 'common' : null;
};

/**
 * Leaf modules of a few hundred bytes that every page loads at first paint: in `common` rather than a file each,
 * since a file that small is no smaller gzipped (the empty-value test gzips from 183 bytes to 189).
 */
const TINY_SHARED = /src[\\/](dedupe[\\/]empty-value|widget[\\/]i18n[\\/]user-locale)\.ts$/;

/**
 * Vite's preload helper also serves CSP nonces, legacy builds and import maps, which no widget uses: this one keeps
 * what they do use, a modulepreload link per chunk a lazy chunk imports and a stylesheet link per CSS file it needs
 * (awaited, so a view never paints unstyled). A failed stylesheet fails the import, and is tried again next time.
 */
const LEAN_PRELOAD = `
const pending = {};
const linked = (href) => [...document.querySelectorAll('link')].some((l) => l.href === href);
export const __vitePreload = (load, deps, importer) =>
  Promise.all((deps || []).map((dep) => {
    const href = new URL(dep, importer).href;
    if (pending[href] || linked(href)) return pending[href];
    const css = href.endsWith('.css');
    const link = document.createElement('link');
    link.rel = css ? 'stylesheet' : 'modulepreload';
    link.href = href;
    pending[href] = css && new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => {
        link.remove();
        delete pending[href];
        reject(new Error('Unable to preload CSS for ' + href));
      };
    });
    document.head.append(link);
    return pending[href];
  })).then(load);
`;
const leanPreload = (): Plugin => ({
  name: 'lean-preload',
  enforce: 'pre',
  apply: 'build',
  load: (id) => (id === '\0vite/preload-helper.js' ? LEAN_PRELOAD : null),
});

// Translations are fetched at run time by relative URL, so they travel beside the HTML in the zip.
const copyTranslations = (): Plugin => ({
  name: 'copy-translations',
  apply: 'build',
  closeBundle() {
    cpSync(resolve(root, 'translations'), resolve(outDir, 'translations'), { recursive: true });
  },
});

const CLIENT_SCRIPT = 'duplicate-preview.client-script.js';

/** The Client Script as shipped, its per-module configuration written from the module table. */
const writeClientScript = (): Plugin => ({
  name: 'write-client-script',
  apply: 'build',
  closeBundle() {
    const shipped = shippedClientScript(
      readFileSync(resolve(import.meta.dirname, 'src/client-script', CLIENT_SCRIPT), 'utf8'),
    );
    if (!shipped.ok) throw new Error(shipped.error);
    const dir = resolve(import.meta.dirname, 'build/client-script');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, CLIENT_SCRIPT), shipped.text);
  },
});

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [preact(), leanPreload(), copyTranslations(), writeClientScript()],
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
        codeSplitting: {
          groups: [
            // What both widgets load first: one file instead of several small ones.
            {
              name: 'shared',
              test: /node_modules[\\/]preact[\\/]|preload-helper|rolldown[\\/]runtime|src[\\/]widget[\\/](i18n[\\/]translate|zoho-globals)\.ts$/,
              priority: 2,
            },
            // Only the modules named: what the first paint also needs goes to `common`, not to the engine chunk.
            {
              name: firstCheckChunk,
              debugName: 'platform',
              priority: 1,
              includeDependenciesRecursively: false,
            },
            {
              name: firstPaintShared,
              debugName: 'common',
              priority: 1,
              includeDependenciesRecursively: false,
            },
          ],
        },
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
