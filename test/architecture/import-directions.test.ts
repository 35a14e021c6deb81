import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** The layer rules of DESIGN.md: which top-level folders of src/ each folder may import from. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  dedupe: [],
  zoho: ['dedupe'],
  widget: ['dedupe', 'zoho'],
  sandbox: ['client-script'],
  'client-script': [],
  preflight: ['dedupe', 'zoho', 'sandbox'],
};

/** zoho reads dedupe's plain-data shapes; the only values it may take are the pure tables named here. */
const ZOHO_VALUE_IMPORTS_FROM_DEDUPE: ReadonlySet<string> = new Set([
  'match-methods',
  'modules',
  'search-limits',
]);

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|js)$/.test(e.name) ? [path] : [];
  });

type Import = {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
  readonly file: string;
};

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'/gm;

const importsOf = (file: string): Import[] => {
  const text = readFileSync(file, 'utf8');
  const layer = relative(SRC, file).split('/')[0] ?? '';
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = relative(SRC, resolve(dirname(file), m[3] ?? ''));
    const to = target.split('/')[0] ?? '';
    if (to === layer) continue;
    out.push({ from: layer, to: target, typeOnly: Boolean(m[2]), file: relative(SRC, file) });
  }
  return out;
};

const all = filesUnder(SRC).flatMap(importsOf);

describe('import directions', () => {
  it('finds the imports it checks (the scan itself works)', () => {
    expect(all.some((i) => i.from === 'widget' && i.to.startsWith('dedupe/'))).toBe(true);
  });

  it('every folder imports only from the folders its layer allows', () => {
    const wrong = all
      .filter((i) => !i.to.startsWith('..'))
      .filter((i) => !(ALLOWED[i.from] ?? []).includes(i.to.split('/')[0] ?? ''))
      .map((i) => `${i.file} -> ${i.to}`);
    expect(wrong).toEqual([]);
  });

  it('the Zoho layer takes only types from the engine, apart from its pure tables', () => {
    const wrong = all
      .filter((i) => i.from === 'zoho' && i.to.startsWith('dedupe/') && !i.typeOnly)
      .filter((i) => !ZOHO_VALUE_IMPORTS_FROM_DEDUPE.has(i.to.split('/')[1] ?? ''))
      .map((i) => `${i.file} -> ${i.to}`);
    expect(wrong).toEqual([]);
  });

  it('the engine never reaches for the platform', () => {
    const platform = /\b(fetch\(|window\.|ZOHO\.|Date\.now\(|Math\.random\()|from 'preact|from 'zod/;
    const wrong = filesUnder(join(SRC, 'dedupe'))
      .filter((f) => platform.test(readFileSync(f, 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '')))
      .map((f) => relative(SRC, f));
    expect(wrong).toEqual([]);
  });
});
