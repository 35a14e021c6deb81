import { createSandbox, createStore, type SandboxOptions } from '../../../src/sandbox/index';
import { assertOasAnswer } from './oas-auto';

export const FIXED_NOW = Date.parse('2025-02-08T09:43:08-08:00');

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary Zoho JSON bodies
export type Call = { readonly status: number; readonly body: any; readonly text: string };

/** A sandbox over a fresh in-memory store, with a small fetch-like helper. */
export const makeSandbox = (
  options: Partial<SandboxOptions> = {},
  uniques: readonly [string, string][] = [],
) => {
  const store = createStore({ path: ':memory:' });
  for (const [module, field] of uniques) store.setUnique(module, field, true);
  let now = FIXED_NOW;
  const sandbox = createSandbox({ store, options: { now: () => now, ...options } });
  const call = async (
    method: string,
    path: string,
    init: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Call> => {
    const headers: Record<string, string> = { ...init.headers };
    const token = init.token === undefined ? 'sandbox-admin' : init.token;
    if (token !== null) headers.Authorization = `Zoho-oauthtoken ${token}`;
    const url = `http://sandbox.test/crm/v8/${path}`;
    const res = await sandbox.handleRequest(
      new Request(url, {
        method,
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      }),
    );
    const text = await res.text();
    // Every answer a test sees must match Zoho's documented shape.
    assertOasAnswer(method, url, res.status, text);
    return { status: res.status, text, body: text ? JSON.parse(text) : null };
  };
  const insert = async (module: string, ...data: Record<string, unknown>[]) =>
    call('POST', module, { body: { data } });
  const idOf = (c: Call, i = 0): string => c.body.data[i].details.id;
  return { store, sandbox, call, insert, idOf, tick: (ms: number) => (now += ms) };
};
