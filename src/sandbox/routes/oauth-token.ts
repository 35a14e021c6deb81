import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import type { SandboxOptions } from '../options';
import type { Store } from '../store/store';
import type { User } from '../store/types';

// Zoho Accounts' token endpoint (zoho.com/accounts/protocol/oauth/self-client/overview.html): a self-client
// refresh token buys access tokens that expire after an hour. Failures answer HTTP 200 with `{error}`.
// In the sandbox a user's refresh token is their API token followed by `.refresh` (sandbox-admin.refresh).
const REFRESH_SUFFIX = '.refresh';
const key = (accessToken: string) => `oauth:${accessToken}`;

type Issued = { readonly userToken: string; readonly expiresMs: number };

/** The user an issued access token stands for, while it has not expired. */
export const oauthUser = (store: Store, accessToken: string, nowMs: number): User | undefined => {
  const raw = store.meta(key(accessToken));
  if (!raw) return undefined;
  const issued = JSON.parse(raw) as Issued;
  return issued.expiresMs > nowMs ? store.userByToken(issued.userToken) : undefined;
};

const paramsOf = async (req: Request): Promise<URLSearchParams> => {
  const params = new URL(req.url).searchParams;
  const type = req.headers.get('content-type') ?? '';
  if (type.includes('application/x-www-form-urlencoded'))
    for (const [k, v] of new URLSearchParams(await req.text())) params.set(k, v);
  return params;
};

export const registerOauthToken = (
  app: Hono<SandboxEnv>,
  store: Store,
  options: () => SandboxOptions,
): void => {
  app.post('/oauth/v2/token', async (c) => {
    const params = await paramsOf(c.req.raw);
    if (!params.get('client_id') || !params.get('client_secret')) return c.json({ error: 'invalid_client' });
    if (params.get('grant_type') !== 'refresh_token') return c.json({ error: 'unsupported_grant_type' });
    const refresh = params.get('refresh_token') ?? '';
    const userToken = refresh.endsWith(REFRESH_SUFFIX) ? refresh.slice(0, -REFRESH_SUFFIX.length) : '';
    if (!userToken || !store.userByToken(userToken)) return c.json({ error: 'invalid_code' });
    const { now, accessTokenTtlSec } = options();
    const accessToken = `1000.${randomUUID().replaceAll('-', '')}`;
    const issued: Issued = { userToken, expiresMs: now() + accessTokenTtlSec * 1000 };
    store.setMeta(key(accessToken), JSON.stringify(issued));
    const origin = new URL(c.req.url).origin;
    return c.json({
      access_token: accessToken,
      api_domain: origin,
      token_type: 'Bearer',
      expires_in: accessTokenTtlSec,
    });
  });
};
