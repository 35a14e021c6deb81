import type { CsvTable } from './csv-table';
import type { FieldInfo, Values } from './types';

export type ColumnMap = {
  /** Per column, the field's API name, or null when the column is not imported. */
  readonly columns: readonly (string | null)[];
  readonly unmapped: readonly string[];
};

export type MapResult =
  | { readonly ok: true; readonly map: ColumnMap }
  | { readonly ok: false; readonly error: string };

/** Headers match labels and API names whatever their case, spaces or underscores ("last name" = Last_Name). */
export const headerKey = (text: string): string => text.toLowerCase().replace(/[\s_]+/g, '');

/** Parses `--map "col=Field,col2=Field2"`; a Field of `-` leaves the column out. */
const parseOverrides = (spec: string): { col: string; field: string }[] | string => {
  const pairs: { col: string; field: string }[] = [];
  for (const part of spec.split(',').filter((p) => p.trim() !== '')) {
    const at = part.lastIndexOf('=');
    if (at <= 0) return `--map: "${part}" is not column=Field`;
    pairs.push({ col: part.slice(0, at).trim(), field: part.slice(at + 1).trim() });
  }
  return pairs;
};

/** Which field each column feeds: by header, then `--map` overrides. Read-only fields are never written. */
export const mapColumns = (
  headers: readonly string[],
  fields: readonly FieldInfo[],
  spec = '',
): MapResult => {
  const byKey = new Map<string, FieldInfo>();
  for (const f of fields) if (!f.readOnly) byKey.set(headerKey(f.label), f);
  for (const f of fields) if (!f.readOnly) byKey.set(headerKey(f.apiName), f);
  const columns = headers.map((h) => byKey.get(headerKey(h))?.apiName ?? null);
  const overrides = parseOverrides(spec);
  if (typeof overrides === 'string') return { ok: false, error: overrides };
  for (const { col, field } of overrides) {
    const index = headers.findIndex((h) => headerKey(h) === headerKey(col));
    if (index < 0) return { ok: false, error: `--map: no column "${col}" (columns: ${headers.join(', ')})` };
    if (field === '-' || field === '') {
      columns[index] = null;
      continue;
    }
    const target = byKey.get(headerKey(field));
    if (!target) return { ok: false, error: `--map: "${field}" is no writable field of this module` };
    columns[index] = target.apiName;
  }
  const unmapped = headers.filter((h, i) => columns[i] === null && h !== '');
  return { ok: true, map: { columns, unmapped } };
};

/** Each row's values by API name (the first non-empty cell wins when two columns feed a field); null for an empty row. */
export const rowValues = (table: CsvTable, map: ColumnMap): readonly (Values | null)[] =>
  table.rows.map((cells) => {
    if (cells.every((c) => c.trim() === '')) return null;
    const values: Record<string, string> = {};
    map.columns.forEach((field, i) => {
      const cell = (cells[i] ?? '').trim();
      if (field && cell !== '' && values[field] === undefined) values[field] = cell;
    });
    return values;
  });
