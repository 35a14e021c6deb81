import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Values } from '../../src/dedupe/types';

/** One labelled row: its entity (rows of one entity are duplicates of each other) and its values as CRM fields. */
export type LabelledRow = { readonly entity: string; readonly values: Values };

export type CsvSpec = {
  readonly path: string;
  readonly idColumn: string;
  /** CSV column -> CRM field API name; columns not named are ignored. */
  readonly map: Readonly<Record<string, string>>;
  /** Sniffed from the file when absent. */
  readonly delimiter?: string;
};

/** "first_name=First_Name,surname=Last_Name" -> {first_name: 'First_Name', surname: 'Last_Name'}. */
export const parseMap = (text: string): Readonly<Record<string, string>> => {
  const map: Record<string, string> = {};
  for (const pair of text.split(',').filter((p) => p.trim())) {
    const [column, field, ...rest] = pair.split('=').map((s) => s.trim());
    if (!column || !field || rest.length) throw new Error(`--map: "${pair}" is not column=Field_Api_Name`);
    map[column] = field;
  }
  return map;
};

/**
 * Reads a labelled CSV: a named column that is missing is an error naming it; an empty entity id makes the row
 * its own entity; unparseable lines are reported, never silently skipped.
 */
export const readLabelledCsv = (spec: CsvSpec): readonly LabelledRow[] => {
  const text = readFileSync(spec.path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    delimiter: spec.delimiter ?? '',
    transformHeader: (h) => h.trim(),
  });
  const bad = parsed.errors.filter((e) => e.type !== 'Delimiter');
  if (bad.length)
    throw new Error(
      `${spec.path}: ${bad.length} unreadable lines, first at row ${bad[0]?.row}: ${bad[0]?.message}`,
    );
  const columns = parsed.meta.fields ?? [];
  const missing = [spec.idColumn, ...Object.keys(spec.map)].filter((c) => !columns.includes(c));
  if (missing.length)
    throw new Error(
      `${spec.path}: no column ${missing.map((c) => `"${c}"`).join(', ')} (it has ${columns.join(', ')})`,
    );
  return parsed.data.map((row, i) => {
    const values: Record<string, string> = {};
    for (const [column, field] of Object.entries(spec.map)) {
      const v = (row[column] ?? '').trim();
      if (v) values[field] = v;
    }
    const entity = (row[spec.idColumn] ?? '').trim();
    return { entity: entity || `\u0000row${i}`, values };
  });
};
