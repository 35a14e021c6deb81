import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WIDGET = join(ROOT, 'src/widget');
const table = (name: string): Readonly<Record<string, string>> =>
  JSON.parse(readFileSync(join(ROOT, 'app/translations', `${name}.json`), 'utf8'));

/** Each widget's table family: the settings widget reads settings-*.json, every other screen its own; English first. */
const FAMILIES = readdirSync(join(ROOT, 'app/translations'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .reduce<Record<string, string[]>>((out, name) => {
    const family = name.includes('-') ? name.slice(0, name.lastIndexOf('-')) : '';
    out[family] = [...(out[family] ?? []), name];
    return out;
  }, {});

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

  it('the languages of each widget hold the same keys', () => {
    for (const names of Object.values(FAMILIES)) {
      const [first, ...others] = names.map((n) => Object.keys(table(n)).sort());
      for (const keys of others) expect(keys).toEqual(first);
    }
  });
});
