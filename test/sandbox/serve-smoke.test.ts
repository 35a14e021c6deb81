import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatingFetch } from './support/oas-auto';

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGTERM');
});

const start = (dbPath: string): Promise<string> =>
  new Promise((resolve, reject) => {
    child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/sandbox/cli.ts', '--port', '0', '--db', dbPath],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`cli exited ${code}: ${out}`)));
  });

describe('the CLI on a real port', () => {
  it('seeds a new database, listens on 127.0.0.1 and answers the REST API', async () => {
    const url = await start(join(mkdtempSync(join(tmpdir(), 'sandbox-')), 'crm.db'));
    const res = await validatingFetch(fetch)(`${url}/crm/v8/Leads?per_page=5`, {
      headers: { Authorization: 'Zoho-oauthtoken sandbox-admin' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: unknown[] };
    expect(body.data).toHaveLength(5);
  }, 30_000);
});
