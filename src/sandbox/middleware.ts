import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env';
import { fail, invalidToken } from './errors';
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
    const options: SandboxOptions = {
      ...getOptions(),
      ...parseOptionsHeader(c.req.header(OPTIONS_HEADER) ?? null),
    };
    c.set('options', options);
    c.set('store', store);
    if (options.latencyMs > 0) await sleep(options.latencyMs);
    if (options.requestBudget !== null && counter.requests > options.requestBudget)
      fail(429, 'TOO_MANY_REQUESTS', 'too many requests continuously', { limit: options.requestBudget });
    const auth = c.req.header('authorization') ?? '';
    const match = /^Zoho-oauthtoken\s+(\S+)$/i.exec(auth.trim());
    const token = match?.[1];
    const user = token ? (store.userByToken(token) ?? oauthUser(store, token, options.now())) : undefined;
    if (!user) return invalidToken();
    if (options.errorRate > 0 && random() < options.errorRate)
      fail(500, 'INTERNAL_ERROR', 'Internal server error occurred.');
    c.set('user', user);
    c.set('users', userLookup(store));
    await next();
  };
