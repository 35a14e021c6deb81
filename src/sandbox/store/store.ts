import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { FieldDef } from '../metadata/field-def';
import { PROFILES, STANDARD } from '../metadata/profiles';
import { SEED_USERS as DEFAULT_USERS } from '../seed/seed-users';
import { type RecordRow, recordToRow, rowToRecord } from './record-row';
import { SCHEMA } from './schema';
import type { OrgVariable, StoredPreference, StoredRecord, User } from './types';

export type StoreOptions = {
  /** SQLite file; `:memory:` in tests. */
  readonly path?: string;
  /** Custom fields to add to modules' metadata, e.g. Date_of_Birth on Leads for FEBRL data. */
  readonly extraFields?: Readonly<Record<string, readonly FieldDef[]>>;
};

export const DEFAULT_DB_PATH = '.sandbox/crm.db';
/** Ids the sandbox hands out; the 11th digit keeps them apart from seed ids. */
const ID_PREFIX = '4876000001';

export type Store = ReturnType<typeof createStore>;

/** A stored user; one written before users carried a profile id names its profile instead. */
const userOf = (json: string): User => {
  const user = JSON.parse(json) as User & { readonly profile?: string };
  if (user.profileId) return user;
  return { ...user, profileId: PROFILES.find((p) => p.name === user.profile)?.id ?? STANDARD.id };
};

/** A SQLite-backed CRM store; reads come from an in-memory copy kept in step with every committed write. */
export const createStore = (options: StoreOptions = {}) => {
  const path = options.path ?? DEFAULT_DB_PATH;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);

  const byModule = new Map<string, Map<string, StoredRecord>>();
  const byId = new Map<string, StoredRecord>();
  const remember = (r: StoredRecord): void => {
    byId.set(r.id, r);
    const m = byModule.get(r.module) ?? new Map<string, StoredRecord>();
    byModule.set(r.module, m);
    m.set(r.id, r);
  };
  const forget = (id: string): void => {
    const r = byId.get(id);
    if (r) byModule.get(r.module)?.delete(id);
    byId.delete(id);
  };
  const reload = (): void => {
    byModule.clear();
    byId.clear();
    for (const row of db.prepare('SELECT * FROM records ORDER BY rowid').all() as RecordRow[])
      remember(rowToRecord(row));
  };
  reload();

  const stmt = {
    put: db.prepare(`INSERT OR REPLACE INTO records (id, module, owner_id, created_by, modified_by, created_ms,
      modified_ms, indexed_ms, converted, data) VALUES (@id, @module, @owner_id, @created_by, @modified_by,
      @created_ms, @modified_ms, @indexed_ms, @converted, @data)`),
    del: db.prepare('DELETE FROM records WHERE id = ?'),
    meta: db.prepare('SELECT value FROM meta WHERE key = ?'),
    setMeta: db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
    delMeta: db.prepare('DELETE FROM meta WHERE key = ?'),
  };
  const getMeta = (key: string): string | undefined =>
    (stmt.meta.get(key) as { value: string } | undefined)?.value;

  let depth = 0;
  const store = {
    db,
    /** Runs fn in one SQLite transaction; on failure the in-memory copy is reloaded from the database. */
    transaction<T>(fn: () => T): T {
      if (depth > 0) return fn();
      depth++;
      try {
        return db.transaction(fn)();
      } catch (error) {
        reload();
        throw error;
      } finally {
        depth--;
      }
    },
    users(): readonly User[] {
      return (db.prepare('SELECT json FROM users ORDER BY id').all() as { json: string }[]).map((r) =>
        userOf(r.json),
      );
    },
    userByToken(token: string): User | undefined {
      const row = db.prepare('SELECT json FROM users WHERE token = ?').get(token) as
        | { json: string }
        | undefined;
      return row ? userOf(row.json) : undefined;
    },
    userById(id: string): User | undefined {
      const row = db.prepare('SELECT json FROM users WHERE id = ?').get(id) as { json: string } | undefined;
      return row ? userOf(row.json) : undefined;
    },
    replaceUsers(users: readonly User[]): void {
      store.transaction(() => {
        db.prepare('DELETE FROM users').run();
        const put = db.prepare('INSERT INTO users (id, token, json) VALUES (?, ?, ?)');
        for (const u of users) put.run(u.id, u.token, JSON.stringify(u));
      });
    },
    get(id: string): StoredRecord | undefined {
      return byId.get(id);
    },
    list(module: string): readonly StoredRecord[] {
      return [...(byModule.get(module)?.values() ?? [])];
    },
    /** Every module that holds at least one record. */
    modules(): readonly string[] {
      return [...byModule.keys()];
    },
    count(module: string): number {
      return byModule.get(module)?.size ?? 0;
    },
    put(record: StoredRecord): void {
      stmt.put.run(recordToRow(record));
      remember(record);
    },
    remove(id: string): void {
      stmt.del.run(id);
      forget(id);
    },
    nextId(): string {
      const n = Number(getMeta('id_counter') ?? '100000000') + 1;
      stmt.setMeta.run('id_counter', String(n));
      return `${ID_PREFIX}${String(n).padStart(9, '0')}`;
    },
    uniqueFields(module: string): readonly string[] {
      return (
        db.prepare('SELECT field FROM unique_fields WHERE module = ?').all(module) as { field: string }[]
      ).map((r) => r.field);
    },
    setUnique(module: string, field: string, unique: boolean): void {
      if (unique)
        db.prepare('INSERT OR IGNORE INTO unique_fields (module, field) VALUES (?, ?)').run(module, field);
      else db.prepare('DELETE FROM unique_fields WHERE module = ? AND field = ?').run(module, field);
    },
    customFields(module: string): readonly FieldDef[] {
      const rows = db.prepare('SELECT json FROM custom_fields WHERE module = ? ORDER BY rowid').all(module);
      return (rows as { json: string }[]).map((r) => JSON.parse(r.json) as FieldDef);
    },
    addCustomField(module: string, field: FieldDef): void {
      db.prepare('INSERT OR REPLACE INTO custom_fields (module, api_name, json) VALUES (?, ?, ?)').run(
        module,
        field.apiName,
        JSON.stringify({ ...field, custom: true }),
      );
    },
    preference(module: string): StoredPreference | null {
      const raw = getMeta(`preference:${module}`);
      return raw ? (JSON.parse(raw) as StoredPreference) : null;
    },
    setPreference(module: string, preference: StoredPreference | null): void {
      if (preference) stmt.setMeta.run(`preference:${module}`, JSON.stringify(preference));
      else stmt.delMeta.run(`preference:${module}`);
    },
    /** Small named values the sandbox keeps besides records (bulk jobs, OAuth tokens). */
    meta(key: string): string | undefined {
      return getMeta(key);
    },
    setMeta(key: string, value: string | null): void {
      if (value === null) stmt.delMeta.run(key);
      else stmt.setMeta.run(key, value);
    },
    variables(): readonly OrgVariable[] {
      const rows = db.prepare('SELECT json FROM variables ORDER BY rowid').all() as { json: string }[];
      return rows.map((r) => JSON.parse(r.json) as OrgVariable);
    },
    putVariable(variable: OrgVariable): void {
      db.prepare('INSERT OR REPLACE INTO variables (id, api_name, json) VALUES (?, ?, ?)').run(
        variable.id,
        variable.apiName,
        JSON.stringify(variable),
      );
    },
    /** Empties every table (users back to the three defaults). */
    clear(): void {
      store.transaction(() => {
        for (const t of ['records', 'unique_fields', 'custom_fields', 'variables', 'meta'])
          db.exec(`DELETE FROM ${t}`);
        store.replaceUsers(DEFAULT_USERS);
      });
      reload();
    },
    close(): void {
      db.close();
    },
  };

  store.transaction(() => {
    if (store.users().length === 0) store.replaceUsers(DEFAULT_USERS);
    for (const [module, fields] of Object.entries(options.extraFields ?? {}))
      for (const field of fields) store.addCustomField(module, field);
  });
  return store;
};
