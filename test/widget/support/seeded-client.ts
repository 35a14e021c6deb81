import { createSandbox, createStore, loadSeed, type SandboxOptions } from '../../../src/sandbox/index';
import { generateSeed } from '../../../src/sandbox/seed/index';
import type { CrmClient } from '../../../src/zoho/crm-client';
import { createRestClient } from '../../../src/zoho/rest-client';

/** A REST client over an in-process sandbox holding the demo seed; `calls` lists every request path. */
export const seededClient = (token = 'sandbox-rep-1', options: Partial<SandboxOptions> = {}) => {
  const store = createStore({ path: ':memory:' });
  loadSeed(
    store,
    generateSeed({ seed: 1, pairsPerKind: 2, counts: { leads: 60, contacts: 30, accounts: 10, deals: 0 } }),
  );
  const sandbox = createSandbox({ store, options });
  const calls: string[] = [];
  const client: CrmClient = createRestClient({
    baseUrl: 'http://sandbox.test',
    token,
    fetch: (input, init) => {
      const request = new Request(input, init);
      calls.push(`${request.method} ${new URL(request.url).pathname}`);
      return sandbox.handleRequest(request);
    },
  });
  return { client, calls, sandbox, store };
};
