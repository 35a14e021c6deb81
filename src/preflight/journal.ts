import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/** What is known of one record's write (the rows it carries, first the row it belongs to). */
export type JournalEntry = { readonly rows: readonly number[] } & (
  | { readonly state: 'sent' }
  | { readonly state: 'done'; readonly id: string; readonly action: 'insert' | 'update' }
  | { readonly state: 'failed'; readonly code: string; readonly message: string }
);

export type Journal = {
  /** The last entry that carried this row: a re-run plans afresh, so rows, not writes, are the key. */
  readonly get: (row: number) => JournalEntry | undefined;
  readonly append: (entry: JournalEntry) => void;
};

const remember = (entries: Map<number, JournalEntry>, e: JournalEntry): void => {
  for (const row of e.rows) entries.set(row, e);
};

export const memoryJournal = (): Journal => {
  const entries = new Map<number, JournalEntry>();
  return { get: (row) => entries.get(row), append: (e) => remember(entries, e) };
};

type Header = { readonly fingerprint: string };

export type JournalResult =
  | { readonly ok: true; readonly journal: Journal }
  | { readonly ok: false; readonly error: string };

/**
 * A JSON-lines file: a header naming the input it belongs to, then one line per event, appended before and
 * after every call, so a run cut short anywhere resumes from what the file says.
 */
export const fileJournal = (path: string, fingerprint: string): JournalResult => {
  const entries = new Map<number, JournalEntry>();
  if (existsSync(path)) {
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    let header: Header | null = null;
    try {
      header = lines[0] ? (JSON.parse(lines[0]) as Header) : null;
    } catch {
      header = null;
    }
    if (header?.fingerprint !== fingerprint)
      return {
        ok: false,
        error: `the journal ${path} belongs to another file, module or decisions; move it away to start over`,
      };
    for (const line of lines.slice(1)) {
      try {
        remember(entries, JSON.parse(line) as JournalEntry);
      } catch {
        // A line cut short by a crash: the call it announced is treated as never answered.
      }
    }
  } else writeFileSync(path, `${JSON.stringify({ fingerprint })}\n`);
  return {
    ok: true,
    journal: {
      get: (row) => entries.get(row),
      append: (e) => {
        appendFileSync(path, `${JSON.stringify(e)}\n`);
        remember(entries, e);
      },
    },
  };
};
