import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { leadsDb, readText, runCli, tempDir, writeCsv } from './support';

const EXISTING = [
  {
    id: '4876000000200000001',
    values: { Last_Name: 'Lee', First_Name: 'Ann', Email: 'ann@x.io', Company: 'Foo' },
  },
  {
    id: '4876000000200000002',
    values: {
      Last_Name: 'Smith',
      First_Name: 'Robert',
      Email: 'rs@acme.com',
      Phone: '5550102000',
      Company: 'Acme',
    },
  },
];

const CSV = [
  'first name,LAST_NAME,E Mail,Email,Phone,Company,Favourite Colour',
  'Ann,Lee,,ANN@x.io,,Foo,red', // 1: updates the existing Lead through Email, whatever its case
  'Zed,New,,zed@new.io,,Zco,blue', // 2: new
  ',,,,,,', // 3: empty
  'Zedd,New,,ZED@new.io,,Zco,green', // 4: repeats row 2's email
  'Bob,Smith,,bob@elsewhere.io,555-010-2000,Acme,', // 5: likely the existing Robert Smith (nickname, phone)
].join('\n');

describe('the preflight command', () => {
  it("prints one JSON object last, with Zoho's verdict for every row numbered as in the file", async () => {
    const dir = tempDir();
    const db = leadsDb(dir, EXISTING);
    const csv = writeCsv(dir, 'in.csv', `${CSV}\n`);
    const run = await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json']);
    expect(run.code).toBe(0);
    expect(run.json.module).toBe('Leads');
    const rows = run.json.rows.map((r: Record<string, unknown>) => [
      r.row,
      r.action,
      r.record_id,
      r.field,
      r.duplicate_of_row,
    ]);
    expect(rows).toEqual([
      [1, 'update', '4876000000200000001', 'Email', null],
      [2, 'insert', null, null, null],
      [3, 'skip', null, null, null],
      [4, 'in-batch-duplicate', null, 'Email', 2],
      [5, 'insert', null, null, null],
    ]);
    expect(run.json.rows[4].likely_records).toEqual(['4876000000200000002']);
    expect(Object.keys(run.json.rows[0])).toEqual([
      'row',
      'action',
      'record_id',
      'field',
      'duplicate_of_row',
      'likely_rows',
      'likely_records',
    ]);
    expect(run.json.summary).toMatchObject({ rows: 5, insert: 2, update: 1, in_batch_duplicate: 1, skip: 1 });
  });

  it('maps headers by label or API name ignoring case and spaces (E Mail is Email), and leaves unknown columns out', async () => {
    const dir = tempDir();
    const db = leadsDb(dir, EXISTING);
    const csv = writeCsv(dir, 'in.csv', CSV);
    const run = await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json']);
    expect(run.json.summary.unmapped_columns).toEqual(['Favourite Colour']);
  });

  it('lets --map send a column to another field or leave it out', async () => {
    const dir = tempDir();
    const db = leadsDb(dir, EXISTING);
    const csv = writeCsv(dir, 'in.csv', 'Surname,Mail\nLee,ann@x.io\n');
    const bare = await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json']);
    expect(bare.code).toBe(1);
    expect(bare.err.join('\n')).toMatch(/no column maps to a field of Leads; use --map/);
    const mapped = await runCli([
      '--csv',
      csv,
      '--module',
      'Leads',
      '--db',
      db,
      '--json',
      '--map',
      'Surname=Last Name,mail=Email',
    ]);
    expect(mapped.json.rows[0]).toMatchObject({ action: 'update', record_id: '4876000000200000001' });
  });

  it('writes a report holding every input row followed by what the preflight found', async () => {
    const dir = tempDir();
    const db = leadsDb(dir, EXISTING);
    const csv = writeCsv(dir, 'in.csv', CSV);
    const report = join(dir, 'report.csv');
    await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--report', report]);
    const parsed = Papa.parse<string[]>(readText(report).trim()).data;
    expect(parsed).toHaveLength(6);
    expect(parsed[0]).toContain('preflight_action');
    expect(parsed[4]?.slice(0, 4)).toEqual(['Zedd', 'New', '', 'ZED@new.io']);
    expect(parsed.slice(1).map((r) => r[7])).toEqual([
      'update',
      'insert',
      'skip',
      'in-batch-duplicate',
      'insert',
    ]);
  });

  it('creates a missing --db file empty, with no seed, so every row is an insert', async () => {
    const dir = tempDir();
    const db = join(dir, 'new.db');
    const csv = writeCsv(dir, 'in.csv', 'Last Name,Email\nLee,robert.smith@example.com\n');
    const run = await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json']);
    expect(existsSync(db)).toBe(true);
    expect(run.json.rows[0].action).toBe('insert');
  });

  it('reads the module through Bulk Read when asked, finding the same verdicts as searches', async () => {
    const dir = tempDir();
    const db = leadsDb(dir, EXISTING);
    const csv = writeCsv(dir, 'in.csv', CSV);
    const searched = await runCli([
      '--csv',
      csv,
      '--module',
      'Leads',
      '--db',
      db,
      '--json',
      '--read',
      'search',
    ]);
    const bulk = await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json', '--read', 'bulk']);
    expect(bulk.json.summary.read.way).toBe('bulk');
    expect(bulk.json.rows).toEqual(searched.json.rows);
  });

  it('refuses a file it cannot read with a clear message and exit code 1', async () => {
    const dir = tempDir();
    const db = leadsDb(dir, EXISTING);
    const csv = writeCsv(dir, 'in.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const run = await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json']);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/not text/);
    expect(run.out).toEqual([]);
  });

  it('answers bad arguments with usage and exit code 2', async () => {
    const run = await runCli(['--module', 'Leads']);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toMatch(/--csv and --module are required/);
  });
});

describe('the preflight command on a broken database', () => {
  it('says it cannot open a --db file that is no database, with exit code 1', async () => {
    const dir = tempDir();
    const db = writeCsv(dir, 'not.db', 'this is not SQLite');
    const csv = writeCsv(dir, 'in.csv', 'Last Name\nLee\n');
    const run = await runCli(['--csv', csv, '--module', 'Leads', '--db', db, '--json']);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/cannot open the sandbox database .*not\.db/);
  });
});
