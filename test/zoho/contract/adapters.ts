import { createSandbox, createStore, type Sandbox } from '../../../src/sandbox/index';
import { createZohoShim } from '../../../src/sandbox/shim/zoho-shim';
import type { CallPolicy } from '../../../src/zoho/call-policy';
import type { CrmClient } from '../../../src/zoho/crm-client';
import { createRestClient } from '../../../src/zoho/rest-client';
import { createSdkClient } from '../../../src/zoho/sdk-client';
import type { ZohoSdk } from '../../../src/zoho/zoho-sdk';
import { validatingFetch } from '../../sandbox/support/oas-auto';

export const BASE_URL = 'http://sandbox.test';
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export const freshSandbox = (): Sandbox => createSandbox({ store: createStore({ path: ':memory:' }) });
/** The sandbox in-process; every answer is checked against Zoho's OpenAPI files on the way back. */
export const sandboxFetch = (sandbox: Sandbox): Fetch =>
  validatingFetch((request) => sandbox.handleRequest(request));

const quietHost = { send: () => {}, listen: () => {} };

export type AdapterFactory = {
  readonly name: string;
  readonly make: (fetch: Fetch, token: string, policy?: Partial<CallPolicy>) => CrmClient;
};

/** Both adapters, built over the same HTTP backend: REST directly, SDK through the window.ZOHO shim. */
export const ADAPTERS: readonly AdapterFactory[] = [
  {
    name: 'REST adapter',
    make: (fetch, token, policy = {}) => createRestClient({ baseUrl: BASE_URL, token, fetch, policy }),
  },
  {
    // SDK 1.5: REST calls the SDK has no method for go through session REST (`zrc`).
    name: 'SDK adapter over the shim',
    make: (fetch, token, policy = {}) => {
      const shim = createZohoShim({ fetch, baseUrl: BASE_URL, token, host: quietHost });
      return createSdkClient(shim as unknown as ZohoSdk, { session: shim.zrc ?? null, policy });
    },
  },
  {
    // An SDK without session REST: those calls go through the extension's connection to www.zohoapis.com.
    name: 'SDK adapter over the shim, connection only',
    make: (fetch, token, policy = {}) =>
      createSdkClient(
        createZohoShim({
          fetch,
          baseUrl: BASE_URL,
          token,
          host: quietHost,
          options: { session: false },
        }) as unknown as ZohoSdk,
        { policy },
      ),
  },
];
