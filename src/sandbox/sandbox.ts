import { Hono } from 'hono';
import type { SandboxEnv } from './env';
import { ApiError, invalidUrl, zohoError } from './errors';
import { type Counter, sandboxMiddleware, seededRandom } from './middleware';
import { DEFAULT_OPTIONS, type SandboxOptions } from './options';
import { registerBulkRead } from './routes/bulk-read';
import { registerConvert } from './routes/convert';
import { registerCoql } from './routes/coql';
import { registerDuplicatePreference } from './routes/duplicate-preference';
import { registerMerge } from './routes/merge';
import { registerNotes } from './routes/notes';
import { registerOauthToken } from './routes/oauth-token';
import { registerProfiles } from './routes/profiles';
import { registerRecordDeletes } from './routes/records-delete';
import { registerRecordReads } from './routes/records-read';
import { registerRecordWrites } from './routes/records-write';
import { registerSearch } from './routes/search';
import { registerSettingsMeta } from './routes/settings-meta';
import { registerUsersOrg } from './routes/users-org';
import { registerVariables } from './routes/variables';
import type { Store } from './store/store';

export type Sandbox = {
  readonly handleRequest: (req: Request) => Promise<Response>;
  /** Changes options for every later request (tests may also send an `X-Sandbox-Options` header). */
  readonly setOptions: (options: Partial<SandboxOptions>) => void;
  readonly options: () => SandboxOptions;
  /** Requests answered so far (each counts as one API call, whatever its outcome). */
  readonly requestCount: () => number;
  readonly resetRequestCount: () => void;
  readonly store: Store;
};

/** The local Zoho CRM: `handleRequest` over the given store, routes under /crm/v8 as Zoho lays them out. */
export const createSandbox = ({
  store,
  options = {},
}: {
  readonly store: Store;
  readonly options?: Partial<SandboxOptions>;
}): Sandbox => {
  let current: SandboxOptions = { ...DEFAULT_OPTIONS, ...options };
  const counter: Counter = { requests: 0 };
  const random = seededRandom(current.errorSeed);
  const app = new Hono<SandboxEnv>();

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.body, error.httpStatus as 400);
    console.error(error);
    return c.json(zohoError('INTERNAL_ERROR', 'Internal server error occurred.'), 500);
  });
  app.notFound(() => invalidUrl());
  const middleware = sandboxMiddleware(store, () => current, counter, random);
  app.use('/crm/v8/*', middleware);
  app.use('/crm/bulk/v8/*', middleware);
  registerOauthToken(app, store, () => current);

  // Fixed paths first: Hono tries handlers in registration order.
  registerSettingsMeta(app);
  registerDuplicatePreference(app);
  registerVariables(app);
  registerProfiles(app);
  registerUsersOrg(app);
  registerCoql(app);
  app.all('/crm/v8/settings/*', () => invalidUrl());
  registerNotes(app);
  registerSearch(app);
  registerConvert(app);
  registerMerge(app);
  registerRecordWrites(app);
  registerRecordDeletes(app);
  registerRecordReads(app);
  registerBulkRead(app);

  return {
    handleRequest: async (req) => app.fetch(req),
    setOptions: (next) => {
      current = { ...current, ...next };
    },
    options: () => current,
    requestCount: () => counter.requests,
    resetRequestCount: () => {
      counter.requests = 0;
    },
    store,
  };
};
