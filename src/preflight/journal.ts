import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type Journal, type JournalEntry, remember } from '../zoho/write-journal';

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
