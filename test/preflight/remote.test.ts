import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostsFor } from '../../src/preflight/remote-config';
import { bulkInsert, createSandbox, createStore } from '../../src/sandbox/index';
import { type Served, serve } from '../../src/sandbox/serve';
import { runCli, tempDir, writeCsv } from './support';

const MINUTE = 60_000;
let clock = Date.parse('2026-01-01T00:00:00Z');
let served: Served;

beforeAll(async () => {
  const store = createStore({ path: ':memory:' });
  store.setUnique('Leads', 'Email', true);
  bulkInsert(store, 'Leads', [
    { id: '4876000000200000001', values: { Last_Name: 'Lee', Email: 'ann@x.io' } },
  ]);
  const sandbox = createSandbox({
    store,
    options: { now: () => clock, accessTokenTtlSec: 3600, bulkReadPolls: 1 },
  });
  served = await serve(sandbox, { port: 0 });
});
afterAll(() => served.close());

const tokenFile = (dir: string) =>
  writeCsv(
    dir,
    'token.json',
    JSON.stringify({ client_id: 'id', client_secret: 's', refresh_token: 'sandbox-admin.refresh' }),
  );

/** Real HTTP to the sandbox; every API call moves both clocks on, so tokens expire mid-run. */
const ticking =
  (step: number, counts: { token: number; api: number }) =>
  async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.endsWith('/oauth/v2/token')) counts.token++;
    else {
      counts.api++;
      clock += step;
    }
    return fetch(input, init);
  };

describe('--crm over HTTP with OAuth', () => {
  it('refreshes the access token about two minutes before it expires and finishes the run', {
    timeout: 60_000,
  }, async () => {
    const dir = tempDir();
    const csv = writeCsv(dir, 'in.csv', 'Last Name,Email\nLee,ANN@x.io\nNew,new@x.io\n');
    const counts = { token: 0, api: 0 };
    const run = await runCli(
      [
        '--csv',
        csv,
        '--module',
        'Leads',
        '--crm',
        served.url,
        '--token-file',
        tokenFile(dir),
        '--json',
        '--read',
        'bulk',
      ],
      {
        fetch: ticking(25 * MINUTE, counts),
        now: () => clock,
      },
    );
    expect(run.err.join('\n')).not.toMatch(/INVALID_TOKEN/);
    expect(run.code).toBe(0);
    expect(run.json.rows.map((r: { action: string }) => r.action)).toEqual(['update', 'insert']);
    // 25 minutes a call: a one-hour token is replaced after the second call, 58 minutes in.
    expect(counts.token).toBeGreaterThanOrEqual(Math.floor((counts.api * 25) / 58));
    expect(counts.token).toBeGreaterThan(1);
  });

  it('refreshes and retries once when the CRM says the token expired before the client thought so', {
    timeout: 60_000,
  }, async () => {
    const dir = tempDir();
    const csv = writeCsv(dir, 'in.csv', 'Last Name,Email\nLee,ann@x.io\n');
    const counts = { token: 0, api: 0 };
    const frozen = clock;
    const run = await runCli(
      ['--csv', csv, '--module', 'Leads', '--crm', served.url, '--token-file', tokenFile(dir), '--json'],
      {
        fetch: ticking(40 * MINUTE, counts),
        now: () => frozen,
      },
    );
    expect(run.code).toBe(0);
    expect(run.json.rows[0].action).toBe('update');
    expect(counts.token).toBeGreaterThan(1);
  });

  it('says which credentials are missing instead of calling the CRM', async () => {
    const dir = tempDir();
    const csv = writeCsv(dir, 'in.csv', 'Last Name\nLee\n');
    const run = await runCli(['--csv', csv, '--module', 'Leads', '--crm', served.url]);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toMatch(/clientId, clientSecret, refreshToken missing/);
  });
});

describe('the data centre', () => {
  it.each([
    ['eu', 'https://www.zohoapis.eu', 'https://accounts.zoho.eu'],
    ['https://www.zohoapis.com.au', 'https://www.zohoapis.com.au', 'https://accounts.zoho.com.au'],
    ['com.cn', 'https://www.zohoapis.com.cn', 'https://accounts.zoho.com.cn'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
  ])('%s sends API calls to %s and token refreshes to %s', (crm, api, accounts) => {
    expect(hostsFor(crm, null)).toEqual({ apiUrl: api, accountsUrl: accounts });
  });
});
