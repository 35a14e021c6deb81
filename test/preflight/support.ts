import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Io, main } from '../../src/preflight/main';
import { bulkInsert, createStore, type PlainRecord } from '../../src/sandbox/index';

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'preflight-'));

/** A sandbox database file holding the given Leads, with Email marked unique. */
export const leadsDb = (
  dir: string,
  leads: readonly PlainRecord[],
  uniques: readonly string[] = ['Email'],
): string => {
  const path = join(dir, 'crm.db');
  const store = createStore({ path });
  for (const f of uniques) store.setUnique('Leads', f, true);
  bulkInsert(store, 'Leads', leads);
  store.close();
  return path;
};

export const writeCsv = (dir: string, name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

export type CliRun = {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON the command prints
  readonly json: any;
};

/** Runs the command's main function as the terminal would, collecting what it prints. */
export const runCli = async (argv: readonly string[], io: Partial<Io> = {}): Promise<CliRun> => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, ...io });
  const last = out.at(-1);
  return { code, out, err, json: last ? JSON.parse(last) : null };
};

export const readText = (path: string): string => readFileSync(path, 'utf8');
