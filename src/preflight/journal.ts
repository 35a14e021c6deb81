import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/** What is known of one write: sent (answer not yet seen), done with its record, or refused. */
export type JournalEntry =
  | { readonly key: string; readonly state: 'sent' }
  | {
      readonly key: string;
      readonly state: 'done';
      readonly id: string;
      readonly action: 'insert' | 'update';
    }
  | { readonly key: string; readonly state: 'failed'; readonly code: string; readonly message: string };

export type Journal = {
  /** The last entry per write key. */
  readonly get: (key: string) => JournalEntry | undefined;
  readonly append: (entry: JournalEntry) => void;
};

export const memoryJournal = (): Journal => {
  const entries = new Map<string, JournalEntry>();
  return { get: (k) => entries.get(k), append: (e) => void entries.set(e.key, e) };
};

type Header = { readonly fingerprint: string };

/**
 * A JSON-lines file: a header naming the input it belongs to, then one line per event, appended before and
 * after every call, so a run cut short anywhere resumes from what the file says.
 */
export const fileJournal = (
  path: string,
  fingerprint: string,
): { ok: true; journal: Journal } | { ok: false; error: string } => {
  const entries = new Map<string, JournalEntry>();
  if (existsSync(path)) {
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    const header = lines[0] ? (JSON.parse(lines[0]) as Header) : null;
    if (header?.fingerprint !== fingerprint)
      return {
        ok: false,
        error: `the journal ${path} belongs to another file, module or decisions; move it away to start over`,
      };
    for (const line of lines.slice(1)) {
      try {
        const e = JSON.parse(line) as JournalEntry;
        entries.set(e.key, e);
      } catch {
        // A line cut short by a crash: the call it announced is treated as never answered.
      }
    }
  } else writeFileSync(path, `${JSON.stringify({ fingerprint })}\n`);
  return {
    ok: true,
    journal: {
      get: (k) => entries.get(k),
      append: (e) => {
        appendFileSync(path, `${JSON.stringify(e)}\n`);
        entries.set(e.key, e);
      },
    },
  };
};
