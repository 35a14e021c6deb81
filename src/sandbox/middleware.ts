import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env';
import { fail, invalidToken, noPermission } from './errors';
import { OPTIONS_HEADER, parseOptionsHeader, type SandboxOptions } from './options';
import { userLookup } from './record-json';
import { oauthUser } from './routes/oauth-token';
import type { Store } from './store/store';

export type Counter = { requests: number };

/** mulberry32: a tiny seeded RNG so injected failures repeat from run to run. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const ADMIN_PROFILE = 'Administrator';

// Zoho's settings APIs that change the org (field uniqueness, the duplicate check preference, variables) need a
// profile with customization rights; a Standard profile is answered 403 NO_PERMISSION. Reads stay open: the
// widget reads them for every rep.
const changesSettings = (method: string, path: string): boolean =>
  method !== 'GET' && method !== 'HEAD' && path.startsWith('/crm/v8/settings/');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counting, latency, the request budget, injected 500s and OAuth, in the order a real API applies them. */
export const sandboxMiddleware =
  (
    store: Store,
    getOptions: () => SandboxOptions,
    counter: Counter,
    random: () => number,
  ): MiddlewareHandler<SandboxEnv> =>
  async (c, next) => {
    counter.requests++;
    const base = getOptions();
    const auth = c.req.header('authorization') ?? '';
    const match = /^Zoho-oauthtoken\s+(\S+)$/i.exec(auth.trim());
    const token = match?.[1];
    const user = token ? (store.userByToken(token) ?? oauthUser(store, token, base.now())) : undefined;
    const header = c.req.header(OPTIONS_HEADER) ?? null;
    // The sandbox's own knobs are the admin's: a rep's request cannot switch off the limits it is tested under.
    if (header !== null && user?.profile !== ADMIN_PROFILE)
      fail(403, 'NO_PERMISSION', 'X-Sandbox-Options needs the admin token', {
        permissions: ['sandbox-options'],
      });
    const options: SandboxOptions = { ...base, ...parseOptionsHeader(header) };
    c.set('options', options);
    c.set('store', store);
    if (options.latencyMs > 0) await sleep(options.latencyMs);
    if (options.requestBudget !== null && counter.requests > options.requestBudget)
      fail(429, 'TOO_MANY_REQUESTS', 'too many requests continuously', { limit: options.requestBudget });
    if (!user) return invalidToken();
    if (options.errorRate > 0 && random() < options.errorRate)
      fail(500, 'INTERNAL_ERROR', 'Internal server error occurred.');
    if (changesSettings(c.req.method, c.req.path) && user.profile !== ADMIN_PROFILE) return noPermission();
    c.set('user', user);
    c.set('users', userLookup(store));
    await next();
  };
