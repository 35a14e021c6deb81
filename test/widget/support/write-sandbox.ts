import { createSandbox, createStore } from '../../../src/sandbox/index';
import type { WriteClock } from '../../../src/widget/merge/guarded-write';
import type { CrmClient } from '../../../src/zoho/crm-client';
import { createRestClient } from '../../../src/zoho/rest-client';

/** What happens to one request on its way: `send` delivers it to the sandbox. */
export type Interceptor = (
  request: Request,
  send: () => Promise<Response>,
  signal: AbortSignal | null,
) => Promise<Response>;

const START = Date.parse('2025-02-08T09:43:08-08:00') + 200;

/**
 * A sandbox with a virtual clock the widget's writes share (its sleeps advance it), a rep's client whose
 * requests can be intercepted, and an admin client playing a colleague.
 */
export const writeSandbox = (opts: { readonly timeoutMs?: number } = {}) => {
  const store = createStore({ path: ':memory:' });
  let nowMs = START;
  const sandbox = createSandbox({ store, options: { now: () => nowMs } });
  let intercept: Interceptor | null = null;
  const clientFor = (token: string, hooked: boolean): CrmClient =>
    createRestClient({
      baseUrl: 'http://sandbox.test',
      token,
      policy: { timeoutMs: opts.timeoutMs ?? 5000, retries: 0 },
      fetch: (input, init) => {
        const request = new Request(input, init);
        const send = () => sandbox.handleRequest(request.clone());
        return hooked && intercept ? intercept(request, send, init?.signal ?? null) : send();
      },
    });
  const clock: WriteClock = {
    now: () => nowMs,
    sleep: async (ms) => {
      nowMs += ms;
    },
  };
  const colleague = clientFor('sandbox-admin', false);
  const lead = async (values: Record<string, string>) => {
    const made = await colleague.insert('Leads', [{ Company: 'Analytical', ...values }]);
    const first = made.ok ? made.value[0] : undefined;
    if (!first?.ok) throw new Error(`seed insert failed: ${JSON.stringify(made)}`);
    return first.value.id;
  };
  return {
    sandbox,
    store,
    rep: clientFor('sandbox-rep-1', true),
    colleague,
    clock,
    lead,
    leadCount: () => store.list('Leads').length,
    valueOf: (id: string, field: string) => store.get(id)?.values[field] ?? null,
    tick: (ms: number) => {
      nowMs += ms;
    },
    onRequest: (next: Interceptor | null) => {
      intercept = next;
    },
  };
};

/** Delivers the request, then loses its answer the given way. */
export const loseAnswer =
  (how: 'network' | 'html' | 'timeout', match: (r: Request) => boolean): Interceptor =>
  async (request, send, signal) => {
    const answer = await send();
    if (!match(request)) return answer;
    if (how === 'network') throw new TypeError('Failed to fetch');
    if (how === 'html') return new Response('<html><body>502 Bad Gateway</body></html>', { status: 502 });
    return new Promise((_, reject) =>
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    );
  };
