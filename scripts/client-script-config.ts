// The Client Script's per-module configuration, written from the module table so the two cannot disagree.
import { readFileSync } from 'node:fs';
import { FORM_MODULES, MODULES } from '../src/dedupe/modules.ts';

const START = /^( *)\/\/ @generated module-table\b.*$/m;
const END = /^ *\/\/ @end module-table$/m;

const quoted = (fields: readonly string[]): string => fields.map((f) => `'${f}'`).join(', ');

// Biome's line width (biome.json): a longer list is written one field per line, as the formatter would.
const LINE_WIDTH: number = JSON.parse(readFileSync(new URL('../biome.json', import.meta.url), 'utf8'))
  .formatter.lineWidth;
const listLine = (indent: string, key: string, fields: readonly string[]): string => {
  const line = `${indent}${key}: [${quoted(fields)}],`;
  if (line.length <= LINE_WIDTH) return line;
  return [`${indent}${key}: [`, ...fields.map((f) => `${indent}  '${f}',`), `${indent}],`].join('\n');
};

/** The generated part of CONFIG: `watched`, keyed by every module whose forms the script serves. */
export const clientScriptConfigBlock = (indent: string): string =>
  [
    `${indent}// @generated module-table: written from src/dedupe/modules.ts by the build (scripts/client-script-config.ts)`,
    `${indent}// The modules whose create, clone and edit pages this script serves, and per module the fields whose change`,
    `${indent}// checks again: the duplicate-check fields and the ones matching looks at. Other modules' pages are left alone.`,
    `${indent}watched: {`,
    ...FORM_MODULES.map((m) => listLine(`${indent}  `, m, MODULES[m].watched)),
    `${indent}},`,
    `${indent}// @end module-table`,
  ].join('\n');

/** `source` with its marked block replaced by the one the module table gives; an error when the markers are gone. */
export const shippedClientScript = (
  source: string,
): { ok: true; text: string } | { ok: false; error: string } => {
  const start = START.exec(source);
  const end = END.exec(source);
  if (!start || !end || end.index < start.index)
    return {
      ok: false,
      error: 'the Client Script has no "@generated module-table" … "@end module-table" block',
    };
  const text = `${source.slice(0, start.index)}${clientScriptConfigBlock(start[1] ?? '')}${source.slice(end.index + end[0].length)}`;
  return { ok: true, text };
};
