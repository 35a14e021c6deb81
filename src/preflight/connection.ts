import { existsSync } from 'node:fs';
import { createSandbox, createStore, DEFAULT_DB_PATH, loadSeed, type Sandbox } from '../sandbox/index';
import { generateSeed, writeManifest } from '../sandbox/seed/index';
import { createBulkReader } from '../zoho/bulk-read';
import type { CrmClient } from '../zoho/crm-client';
import { authorizedFetch, createTokenSource, type SelfClient, type TokenSource } from '../zoho/oauth';
import { createRestClient } from '../zoho/rest-client';
import type { Fetch } from '../zoho/rest-transport';

export type BulkReader = ReturnType<typeof createBulkReader>;

/** Everything the preflight talks to Zoho through, with a count of the API calls made. */
export type Connection = {
  readonly client: CrmClient;
  readonly bulk: BulkReader;
  readonly calls: () => number;
  readonly describe: string;
  /** The in-process sandbox: no credits to spend. */
  readonly local: boolean;
  readonly tokens: TokenSource | null;
  /** The in-process sandbox, when there is one (tests and the bench read its store). */
  readonly sandbox: Sandbox | null;
  readonly close: () => void;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const counted = (inner: Fetch): { fetch: Fetch; calls: () => number } => {
  let calls = 0;
  return {
    fetch: (input, init) => {
      calls++;
      return inner(input, init);
    },
    calls: () => calls,
  };
};

const over = (
  baseUrl: string,
  token: string,
  raw: Fetch,
  extra: Pick<Connection, 'describe' | 'tokens' | 'sandbox' | 'close' | 'local'> & { pollMs: number },
): Connection => {
  const { fetch, calls } = counted(raw);
  // Reads of large pages take longer than the widget's 5 s budget.
  const client = createRestClient({ baseUrl, token, fetch, policy: { timeoutMs: 60_000, retries: 4 } });
  const bulk = createBulkReader({ baseUrl, token, fetch, sleep, pollMs: extra.pollMs });
  return { client, bulk, calls, ...extra };
};

/**
 * The local sandbox in-process: `--db FILE` opens FILE (created empty when absent); without it the demo
 * database, created and seeded as `npm start` does when it is missing.
 */
export const openSandbox = (dbPath: string | null): Connection => {
  const path = dbPath ?? DEFAULT_DB_PATH;
  const fresh = !existsSync(path);
  const store = createStore({ path });
  if (dbPath === null && ['Leads', 'Contacts', 'Accounts', 'Deals'].every((m) => store.count(m) === 0)) {
    const data = generateSeed({ seed: 1 });
    loadSeed(store, data);
    writeManifest(path, data);
  }
  const sandbox = createSandbox({ store, options: { bulkReadPolls: 0 } });
  const fetch: Fetch = (input, init) => sandbox.handleRequest(new Request(input, init));
  return over('http://sandbox.local', 'sandbox-admin', fetch, {
    describe: `sandbox database ${path}${fresh && dbPath !== null ? ' (created empty)' : ''}`,
    tokens: null,
    local: true,
    sandbox,
    close: () => store.close(),
    pollMs: 0,
  });
};

/** A running sandbox or a real org over REST, with OAuth refresh. `accountsUrl` is where tokens come from. */
export const openRemote = (config: {
  readonly apiUrl: string;
  readonly accountsUrl: string;
  readonly client: SelfClient;
  readonly fetch?: Fetch;
  readonly now?: () => number;
  readonly pollMs?: number;
}): Connection => {
  const raw = config.fetch ?? globalThis.fetch;
  const tokens = createTokenSource({
    accountsUrl: config.accountsUrl,
    client: config.client,
    fetch: raw,
    now: config.now ?? Date.now,
  });
  // The adapters send this placeholder; authorizedFetch replaces it with a fresh token on every call.
  return over(config.apiUrl, 'refreshed-per-call', authorizedFetch(raw, tokens), {
    describe: `${config.apiUrl} (tokens from ${config.accountsUrl})`,
    tokens,
    local: false,
    sandbox: null,
    close: () => {},
    pollMs: config.pollMs ?? 2000,
  });
};
