import { createSandbox } from '../../../src/sandbox';
import { generateSeed, type SeedData } from '../../../src/sandbox/seed';
import { loadSeed } from '../../../src/sandbox/store/load-seed';
import { createStore, type Store, type StoreOptions } from '../../../src/sandbox/store/store';
import { assertOasAnswer } from './oas-auto';

/** A seed small enough to load per test file, still holding a few pairs of every planted kind. */
export const SMALL_SEED: SeedData = generateSeed({
  seed: 2024,
  counts: { leads: 300, contacts: 120, accounts: 60, deals: 10 },
  pairsPerKind: 5,
});

export type CallOptions = {
  readonly token?: string | null;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
};

export type Sandbox = {
  readonly store: Store;
  readonly call: (method: string, path: string, opts?: CallOptions) => Promise<Response>;
};

export type StartOptions = {
  /** null for an empty CRM (the three users and no records, no unique fields). */
  readonly seed?: SeedData | null;
  readonly extraFields?: StoreOptions['extraFields'];
};

/** A fresh in-memory sandbox holding the small seed; requests go in-process, never over a port. */
export const startSandbox = (options: StartOptions = {}): Sandbox => {
  const store = createStore({
    path: ':memory:',
    ...(options.extraFields ? { extraFields: options.extraFields } : {}),
  });
  const seed = options.seed === undefined ? SMALL_SEED : options.seed;
  if (seed) loadSeed(store, seed);
  const sandbox = createSandbox({ store });
  const call = async (method: string, path: string, opts: CallOptions = {}) => {
    const token = opts.token === undefined ? 'sandbox-admin' : opts.token;
    const headers: Record<string, string> = { ...opts.headers };
    if (token !== null) headers.Authorization = `Zoho-oauthtoken ${token}`;
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = { method, headers };
    if (opts.body !== undefined) init.body = JSON.stringify(opts.body);
    const url = `http://sandbox.test/crm/v8/${path}`;
    const res = await sandbox.handleRequest(new Request(url, init));
    // Every answer a test sees must match Zoho's documented shape; the caller still reads the original.
    assertOasAnswer(method, url, res.status, await res.clone().text());
    return res;
  };
  return { store, call };
};
