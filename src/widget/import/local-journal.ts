import type { Journal, JournalEntry } from '../../zoho/write-journal';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** A write journal in the browser's storage, so a closed tab or a lost connection resumes where it stopped. */
export const localJournal = (storage: Storage, fingerprint: string): Journal => {
  const key = `duplicate-preview:import-journal:${fingerprint}`;
  const entries = new Map<number, JournalEntry>();
  const log: JournalEntry[] = [];
  try {
    for (const e of JSON.parse(storage.getItem(key) ?? '[]') as JournalEntry[]) {
      log.push(e);
      for (const row of e.rows) entries.set(row, e);
    }
  } catch {
    // Unreadable storage starts a fresh journal; the preflight already shows what exists.
  }
  return {
    get: (row) => entries.get(row),
    append: (e) => {
      log.push(e);
      for (const row of e.rows) entries.set(row, e);
      storage.setItem(key, JSON.stringify(log));
    },
  };
};

/** FNV-1a over the file, module and decisions: names the journal of one import. */
export const fingerprintOf = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(36)}`;
};
