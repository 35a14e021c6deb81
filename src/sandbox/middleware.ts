import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env';
import { fail, invalidToken, noPermission } from './errors';
import { ADMINISTRATOR, grants, PERMISSION } from './metadata/profiles';
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

// Zoho's settings APIs that change the org need a permission of the caller's profile: the variables API names
// "Manage Zoho CRM Variables" (Crm_Implied_Variables_Access) on 403, the others (field uniqueness, the duplicate
// check preference) "Modules Customization" (Crm_Implied_Customize_Zoho_CRM), as its layouts and modules APIs
// do. Reads stay open: the widget reads them for every rep.
const permissionToChange = (method: string, path: string): string | null => {
  if (method === 'GET' || method === 'HEAD' || !path.startsWith('/crm/v8/settings/')) return null;
  return path.startsWith('/crm/v8/settings/variables') ? PERMISSION.variables : PERMISSION.customize;
};

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
    if (header !== null && user?.profileId !== ADMINISTRATOR.id)
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
    const needed = permissionToChange(c.req.method, c.req.path);
    if (needed && !grants(user, needed)) return noPermission([needed]);
    c.set('user', user);
    c.set('users', userLookup(store));
    await next();
  };
