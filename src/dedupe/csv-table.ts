import Papa from 'papaparse';

export type CsvTable = {
  readonly headers: readonly string[];
  /** Data rows as read, one per CSV record (quoted newlines stay inside their cell). */
  readonly rows: readonly (readonly string[])[];
  /** The encoding the bytes were read in. */
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly delimiter: string;
  /** What was odd but could be read: each names the row or column. */
  readonly warnings: readonly string[];
};

export type CsvResult =
  | { readonly ok: true; readonly table: CsvTable }
  | { readonly ok: false; readonly error: string };

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped); otherwise Windows-1252, Excel's usual export. */
const decode = (bytes: Uint8Array): { text: string; encoding: CsvTable['encoding'] } => {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
};

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter the header line uses most (outside quotes); a comma when it names a single column. */
const delimiterOf = (text: string): string => {
  const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
};

const looksBinary = (text: string): boolean => text.slice(0, 4096).includes('\u0000');

/** Reads a CSV file's bytes: any common delimiter, a BOM, quoted newlines, another encoding. */
export const readCsv = (bytes: Uint8Array): CsvResult => {
  const { text, encoding } = decode(bytes);
  if (looksBinary(text))
    return {
      ok: false,
      error: 'the file is not text (it holds NUL bytes): is it a spreadsheet rather than a CSV?',
    };
  if (text.trim() === '') return { ok: false, error: 'the file is empty' };
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter: delimiterOf(text),
  });
  const data = parsed.data;
  // A file ending in a newline yields one last empty record that is no row of the file.
  if (data.length > 1 && data.at(-1)?.length === 1 && data.at(-1)?.[0] === '') data.pop();
  const [headerRow, ...rows] = data;
  const headers = (headerRow ?? []).map((h) => h.trim());
  if (headers.every((h) => h === '')) return { ok: false, error: 'the first line holds no column names' };
  const warnings: string[] = [];
  if (encoding === 'windows-1252') warnings.push('the file is not valid UTF-8; it was read as Windows-1252');
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue;
    const where = typeof e.row === 'number' ? `row ${e.row}` : 'the file';
    warnings.push(`${where}: ${e.message}`);
  }
  const seen = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = h.toLowerCase();
    const first = seen.get(key);
    if (h !== '' && first !== undefined)
      warnings.push(`column ${i + 1} "${h}" repeats column ${first + 1}; the first one with a value wins`);
    else seen.set(key, i);
  });
  rows.forEach((r, i) => {
    if (r.length > headers.length && r.slice(headers.length).some((c) => c.trim() !== ''))
      warnings.push(
        `row ${i + 1} has ${r.length} cells for ${headers.length} columns; the extra cells are ignored`,
      );
  });
  return { ok: true, table: { headers, rows, encoding, delimiter: parsed.meta.delimiter, warnings } };
};
