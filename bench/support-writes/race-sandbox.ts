import { createSandbox, createStore } from '../../src/sandbox/index';
import type { WriteClock } from '../../src/widget/merge/guarded-write';
import type { CrmClient } from '../../src/zoho/crm-client';
import { createRestClient } from '../../src/zoho/rest-client';

/** Runs before a request of the rep reaches the sandbox; `send` delivers it and returns the answer. */
export type Hook = (request: Request, send: () => Promise<Response>) => Promise<Response>;

/** A fresh sandbox on a virtual clock shared with the widget's writes, a rep whose requests a race can hook, and a colleague. */
export const raceSandbox = (startMs: number) => {
  const store = createStore({ path: ':memory:' });
  let nowMs = startMs;
  const sandbox = createSandbox({ store, options: { now: () => nowMs } });
  let hook: Hook | null = null;
  const client = (token: string, hooked: boolean): CrmClient =>
    createRestClient({
      baseUrl: 'http://sandbox.test',
      token,
      policy: { retries: 0 },
      fetch: (input, init) => {
        const request = new Request(input, init);
        const send = () => sandbox.handleRequest(request.clone());
        return hooked && hook ? hook(request, send) : send();
      },
    });
  const clock: WriteClock = {
    now: () => nowMs,
    sleep: async (ms) => {
      nowMs += ms;
    },
  };
  return {
    store,
    sandbox,
    clock,
    rep: client('sandbox-rep-1', true),
    colleague: client('sandbox-admin', false),
    advance: (ms: number) => {
      nowMs += ms;
    },
    setHook: (next: Hook | null) => {
      hook = next;
    },
  };
};

export type RaceSandbox = ReturnType<typeof raceSandbox>;
