import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WIDGET = join(ROOT, 'src/widget');
const own = (name: string): Readonly<Record<string, string>> =>
  JSON.parse(readFileSync(join(ROOT, 'app/translations', `${name}.json`), 'utf8'));

/**
 * Families whose tables extend another family's language by language: views-<lang>.json holds the keys only the
 * preview's views that load on first use read (lazy-view.tsx), beside <lang>.json.
 */
const EXTENDS: Readonly<Record<string, string>> = { views: '' };
const languageOf = (name: string): string => name.slice(name.lastIndexOf('-') + 1);

/** Each widget's table family: the settings widget reads settings-*.json, every other screen its own; English first. */
const FAMILIES = readdirSync(join(ROOT, 'app/translations'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .reduce<Record<string, string[]>>((out, name) => {
    const family = name.includes('-') ? name.slice(0, name.lastIndexOf('-')) : '';
    out[family] = [...(out[family] ?? []), name];
    return out;
  }, {});

/** A language's table as its widget sees it: its own keys and those of the tables that extend it. */
const table = (name: string): Readonly<Record<string, string>> => {
  const family = name.includes('-') ? name.slice(0, name.lastIndexOf('-')) : '';
  const extensions = Object.keys(EXTENDS).filter((e) => EXTENDS[e] === family);
  return Object.assign({}, own(name), ...extensions.map((e) => own(`${e}-${languageOf(name)}`)));
};

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });

/** The family a source file translates with: the folder of src/widget that has its own table, else the preview's. */
const familyOf = (file: string): string => {
  const top = relative(WIDGET, file).split('/')[0] ?? '';
  return FAMILIES[top] ? top : '';
};

// A literal key, `t('key'` or `t("key"`; template keys are checked by their literal prefix below.
const LITERAL = /\bt\(\s*['"]([A-Za-z0-9_.]+)['"]/g;
const TEMPLATE = /\bt\(\s*`([A-Za-z0-9_.]+)\.\$\{/g;

const has = (t: Readonly<Record<string, string>>, key: string): boolean => key in t || `${key}_other` in t;

// Static imports only: `import(` is a chunk loaded on first use.
const IMPORT = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"](\.[^'"]+)['"]/gm;
const resolveImport = (from: string, spec: string): string | null =>
  [`${spec}.ts`, `${spec}.tsx`, spec]
    .map((candidate) => resolve(dirname(from), candidate))
    .find((path) => /\.tsx?$/.test(path) && existsSync(path)) ?? null;

/** The preview's files its first paint and first check load: what main.tsx and platform.ts import statically. */
const FIRST_LOAD = (() => {
  const seen = new Set([join(WIDGET, 'main.tsx'), join(WIDGET, 'platform.ts')]);
  for (const file of seen)
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const path = resolveImport(file, m[1] ?? '');
      if (path) seen.add(path);
    }
  return seen;
})();

const uses = filesUnder(WIDGET).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const family = familyOf(file);
  return [
    ...[...text.matchAll(LITERAL)].map((m) => ({ file, family, key: m[1] ?? '', prefix: false })),
    ...[...text.matchAll(TEMPLATE)].map((m) => ({ file, family, key: `${m[1]}.`, prefix: true })),
  ];
});

describe('translation keys', () => {
  it('finds the keys the widgets use (the scan itself works)', () => {
    expect(uses.length).toBeGreaterThan(20);
  });

  it('every literal key used in code exists in every language of its widget', () => {
    const missing = uses
      .filter((u) => !u.prefix)
      .flatMap((u) =>
        (FAMILIES[u.family] ?? [])
          .filter((name) => !has(table(name), u.key))
          .map((name) => `${relative(ROOT, u.file)}: "${u.key}" missing in ${name}.json`),
      );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('every key family built from a template has entries in every language of its widget', () => {
    const missing = uses
      .filter((u) => u.prefix)
      .flatMap((u) =>
        (FAMILIES[u.family] ?? [])
          .filter((name) => !Object.keys(table(name)).some((k) => k.startsWith(u.key)))
          .map((name) => `${relative(ROOT, u.file)}: no "${u.key}*" keys in ${name}.json`),
      );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('every key the first paint or first check uses is in the preview tables themselves, not only in views-*.json', () => {
    expect(FIRST_LOAD.size).toBeGreaterThan(20);
    const missing = uses
      .filter((u) => FIRST_LOAD.has(u.file))
      .flatMap((u) =>
        (FAMILIES[''] ?? [])
          .filter((name) =>
            u.prefix ? !Object.keys(own(name)).some((k) => k.startsWith(u.key)) : !has(own(name), u.key),
          )
          .map((name) => `${relative(ROOT, u.file)}: "${u.key}" missing in ${name}.json`),
      );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('no key is both in a table and in the table that extends it', () => {
    const both = Object.entries(EXTENDS).flatMap(([extension, family]) =>
      (FAMILIES[extension] ?? []).flatMap((name) => {
        const base = own(family ? `${family}-${languageOf(name)}` : languageOf(name));
        return Object.keys(own(name))
          .filter((key) => key in base)
          .map((key) => `${name}.json: "${key}"`);
      }),
    );
    expect(FAMILIES.views?.length).toBe(2);
    expect(both).toEqual([]);
  });

  it('the languages of each widget hold the same keys', () => {
    for (const names of Object.values(FAMILIES)) {
      const [first, ...others] = names.map((n) => Object.keys(table(n)).sort());
      for (const keys of others) expect(keys).toEqual(first);
    }
  });
});
