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

export const remember = (entries: Map<number, JournalEntry>, e: JournalEntry): void => {
  for (const row of e.rows) entries.set(row, e);
};

export const memoryJournal = (): Journal => {
  const entries = new Map<number, JournalEntry>();
  return { get: (row) => entries.get(row), append: (e) => remember(entries, e) };
};
