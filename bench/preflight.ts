// The import preflight end to end: 100,000 CSV rows against 100,000 existing Leads, through the command's main
// function against a sandbox database, reading the module through Bulk Read (the way the command picks at this size).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { main } from '../src/preflight/main';
import { bulkInsert, createStore } from '../src/sandbox/index';
import { syntheticLeads } from './support-dedupe/synthetic';

const ROWS = 100_000;

export const preflightFigures = async (): Promise<Record<string, number>> => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-preflight-'));
  try {
    const db = join(dir, 'crm.db');
    const store = createStore({ path: db });
    store.setUnique('Leads', 'Email', true);
    const existing = syntheticLeads(ROWS, 11);
    bulkInsert(
      store,
      'Leads',
      existing.map((values) => ({ values })),
    );
    store.close();
    // A tenth of the file repeats existing Leads, a tenth repeats earlier rows of the file.
    const fresh = syntheticLeads(ROWS, 12);
    const rows = fresh.map((r, i) => (i % 10 === 3 ? existing[i] : i % 10 === 7 ? fresh[i - 5] : r) ?? r);
    const csv = join(dir, 'import.csv');
    writeFileSync(csv, Papa.unparse(rows.map((r) => ({ ...r }))));
    const out: string[] = [];
    const started = performance.now();
    const code = await main(['--csv', csv, '--module', 'Leads', '--db', db, '--json'], {
      out: (line) => out.push(line),
      err: () => {},
      env: {},
    });
    const ms = performance.now() - started;
    const result = JSON.parse(out.at(-1) ?? '{}') as {
      summary?: { api_calls?: number; read?: { way?: string } };
    };
    if (code !== 0 || result.summary?.read?.way !== 'bulk')
      throw new Error(`preflight bench run failed (exit ${code})`);
    return { preflight_100k_ms: Math.round(ms), preflight_calls_100k: result.summary.api_calls ?? -1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
