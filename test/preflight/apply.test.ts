import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planPreflight } from '../../src/dedupe/preflight-plan';
import { planWrites } from '../../src/dedupe/write-plan';
import { fileJournal } from '../../src/preflight/journal';
import { bulkInsert, createSandbox, createStore, type Store } from '../../src/sandbox/index';
import { applyWrites } from '../../src/zoho/batch-writer';
import { createRestClient } from '../../src/zoho/rest-client';
import { memoryJournal } from '../../src/zoho/write-journal';
import { leadsDb, runCli, tempDir, writeCsv } from './support';

const OLD = { id: '4876000000200000001', values: { Last_Name: 'Old', Email: 'old@x.io', City: 'Oslo' } };
const CSV = [
  'Last Name,Email,City,Phone',
  'New,new@x.io,,111', // 1 insert
  'Older,OLD@x.io,Rome,', // 2 update the existing Lead
  'New,new@x.io,Paris,', // 3 repeats row 1: folded into its record
  ',,,', // 4 empty
].join('\n');

const leadsOf = (store: Store) =>
  store
    .list('Leads')
    .map((r) => r.values)
    .sort((a, b) => String(a.Email).localeCompare(String(b.Email)));

describe('--apply', () => {
  it('writes the safe default: repeats fold into one record, matches update, nothing is duplicated', async () => {
    const dir = tempDir();
    const db = leadsDb(dir, [OLD]);
    const csv = writeCsv(dir, 'in.csv', CSV);
    const run = await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json', '--apply']);
    expect(run.code).toBe(0);
    expect(run.json.summary.apply).toMatchObject({ inserted: 1, updated: 1, merged: 1, skipped: 1 });
    const store = createStore({ path: db });
    expect(leadsOf(store)).toEqual([
      { Last_Name: 'New', Email: 'new@x.io', City: 'Paris', Phone: '111' },
      { Last_Name: 'Older', Email: 'OLD@x.io', City: 'Rome' },
    ]);
    store.close();
  });

  it('run again with its journal, writes nothing twice', async () => {
    const dir = tempDir();
    const db = leadsDb(dir, [OLD]);
    const csv = writeCsv(dir, 'in.csv', CSV);
    await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json', '--apply']);
    const again = await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json', '--apply']);
    expect(again.json.summary.apply).toMatchObject({ api_calls: 0, resumed_rows: 3 });
    const store = createStore({ path: db });
    expect(store.count('Leads')).toBe(2);
    store.close();
  });

  it('follows a decisions file: a skipped row is not written', async () => {
    const dir = tempDir();
    const db = leadsDb(dir, [OLD]);
    const csv = writeCsv(dir, 'in.csv', CSV);
    const decisions = writeCsv(dir, 'decisions.json', JSON.stringify({ rows: { '2': 'skip' } }));
    const run = await runCli([
      '--csv',
      csv,
      '--module',
      'Leads',
      '--db',
      db,
      '--json',
      '--apply',
      '--decisions',
      decisions,
    ]);
    expect(run.json.summary.apply).toMatchObject({ inserted: 1, merged: 1, skipped: 2 });
    const store = createStore({ path: db });
    expect(store.get(OLD.id)?.values.City).toBe('Oslo');
    store.close();
  });
});

/** 250 rows, every tenth repeating an earlier row's email; 20 of the emails already in the CRM. */
const bigFile = () => {
  const rows = Array.from({ length: 250 }, (_, i) => ({
    Last_Name: `Row${i}`,
    Email: i % 10 === 9 ? `p${i - 5}@x.io` : `p${i}@x.io`,
  }));
  const existing = Array.from({ length: 20 }, (_, i) => ({
    values: { Last_Name: `Was${i}`, Email: `p${i * 12}@x.io` },
  }));
  return { rows, existing };
};

const harness = (existing: readonly { values: Record<string, unknown> }[]) => {
  const store = createStore({ path: ':memory:' });
  store.setUnique('Leads', 'Email', true);
  bulkInsert(store, 'Leads', existing);
  const sandbox = createSandbox({ store });
  const records = store.list('Leads').map((r) => ({
    module: 'Leads',
    id: r.id,
    values: r.values as Record<string, string>,
    owner: null,
    modifiedTime: null,
    converted: false,
  }));
  return { store, sandbox, records };
};

const clientOver = (
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>,
  now: () => number = Date.now,
) =>
  createRestClient({
    baseUrl: 'http://sandbox.test',
    token: 'sandbox-admin',
    fetch,
    policy: { timeoutMs: 20_000, now },
  });

describe('a write cut short', () => {
  it('resumes from its journal and ends with exactly the records an uninterrupted run makes', {
    timeout: 60_000,
  }, async () => {
    const { rows, existing } = bigFile();
    const finalState = async (cut: boolean) => {
      const { store, sandbox, records } = harness(existing);
      const preflight = planPreflight({
        module: 'Leads',
        rows,
        existing: records,
        order: ['Email'],
        uniqueFields: ['Email'],
      });
      const plan = planWrites(preflight, rows);
      const journalPath = join(tempDir(), 'journal.jsonl');
      const open = () => {
        const j = fileJournal(journalPath, 'f');
        if (!j.ok) throw new Error(j.error);
        return j.journal;
      };
      let writes = 0;
      // The second write call reaches the CRM, but its answer is lost and the run stops (a closed tab).
      const lossy = async (input: string | URL | Request, init?: RequestInit) => {
        const res = await sandbox.handleRequest(new Request(input, init));
        if (cut && init?.method !== 'GET' && ++writes === 2) throw new TypeError('network connection lost');
        return res;
      };
      const base = { module: 'Leads', plan, order: ['Email'], concurrency: 1, sleep: async () => {} };
      const first = await applyWrites({ ...base, client: clientOver(lossy), journal: open(), attempts: 1 });
      if (cut) expect(first.rows.some((r) => r.state === 'failed' || r.state === 'unknown')).toBe(true);
      const fetch = async (input: string | URL | Request, init?: RequestInit) =>
        sandbox.handleRequest(new Request(input, init));
      const second = await applyWrites({ ...base, client: clientOver(fetch), journal: open() });
      expect(second.rows.filter((r) => r.state === 'failed' || r.state === 'unknown')).toEqual([]);
      return leadsOf(store);
    };
    const clean = await finalState(false);
    const resumed = await finalState(true);
    expect(resumed).toEqual(clean);
    // 225 distinct emails: 20 update the records already there, 205 are new.
    expect(clean).toHaveLength(225);
    expect(new Set(clean.map((v) => String(v.Email).toLowerCase())).size).toBe(clean.length);
  });

  it('waits out a storm of 429s with backoff and writes every row once', { timeout: 60_000 }, async () => {
    const { rows, existing } = bigFile();
    const { store, sandbox, records } = harness(existing);
    let n = 0;
    const stormy = async (input: string | URL | Request, init?: RequestInit) => {
      if (init?.method !== 'GET' && ++n % 3 !== 0)
        return Response.json(
          {
            code: 'TOO_MANY_REQUESTS',
            details: {},
            message: 'too many requests continuously',
            status: 'error',
          },
          { status: 429 },
        );
      return sandbox.handleRequest(new Request(input, init));
    };
    const waits: number[] = [];
    let clock = 0;
    const preflight = planPreflight({
      module: 'Leads',
      rows,
      existing: records,
      order: ['Email'],
      uniqueFields: ['Email'],
    });
    const outcome = await applyWrites({
      client: clientOver(stormy, () => clock),
      module: 'Leads',
      plan: planWrites(preflight, rows),
      order: ['Email'],
      journal: memoryJournal(),
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    expect(outcome.rows.filter((r) => r.state === 'failed')).toEqual([]);
    expect(waits.length).toBeGreaterThan(0);
    // Each wait lasts at least the minute the client pauses for after a 429 without a reset header.
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(60_000);
    expect(store.count('Leads')).toBe(225);
  });
});

describe('a write whose answer is lost', () => {
  it('marks rows with no duplicate check value unknown and never sends them again', {
    timeout: 60_000,
  }, async () => {
    const rows = [{ Last_Name: 'NoEmail' }];
    const { store, sandbox } = harness([]);
    const preflight = planPreflight({
      module: 'Leads',
      rows,
      existing: [],
      order: ['Email'],
      uniqueFields: ['Email'],
    });
    const plan = planWrites(preflight, rows);
    const journal = memoryJournal();
    let sent = 0;
    const lost = async (input: string | URL | Request, init?: RequestInit) => {
      sent++;
      await sandbox.handleRequest(new Request(input, init));
      throw new TypeError('network connection lost');
    };
    const base = { module: 'Leads', plan, order: ['Email'], journal, sleep: async () => {} };
    const first = await applyWrites({ ...base, client: clientOver(lost) });
    expect(first.rows.map((r) => r.state)).toEqual(['unknown']);
    const second = await applyWrites({ ...base, client: clientOver(lost) });
    expect(second.rows.map((r) => r.state)).toEqual(['unknown']);
    expect(sent).toBe(1);
    expect(store.count('Leads')).toBe(1);
  });
});
