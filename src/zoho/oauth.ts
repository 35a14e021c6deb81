import * as z from 'zod/mini';
import type { CrmError } from './crm-error';
import type { DataCentre } from './record-link';
import type { Fetch } from './rest-transport';
import { err, ok, type Result } from './result';
import { invalidResponse } from './zoho-error';

/** Accounts and API hosts of a data centre (zoho.com/crm/developer/docs/api/v8/multi-dc.html). */
export const hostsOf = (dc: DataCentre): { readonly accounts: string; readonly api: string } => ({
  accounts: `https://accounts.zoho.${dc}`,
  api: `https://www.zohoapis.${dc}`,
});

/** Self-client credentials (api-console.zoho.com): a refresh token that does not expire until revoked. */
export type SelfClient = {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly refreshToken: string;
};

// The token endpoint answers HTTP 200 with `{error}` when it refuses (zoho.com/accounts/protocol/oauth).
const tokenWire = z.union([
  z.looseObject({ access_token: z.string(), expires_in: z.number() }),
  z.looseObject({ error: z.string() }),
]);

/** Refresh this long before expiry, so a call never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 120_000;

export type TokenSource = {
  readonly token: () => Promise<Result<string, CrmError>>;
  /** Forget the current token (the API answered INVALID_TOKEN). */
  readonly invalidate: () => void;
  readonly refreshes: () => number;
};

export const createTokenSource = (config: {
  readonly accountsUrl: string;
  readonly client: SelfClient;
  readonly fetch: Fetch;
  readonly now: () => number;
}): TokenSource => {
  let current: { readonly token: string; readonly expiresMs: number } | null = null;
  let pending: Promise<Result<string, CrmError>> | null = null;
  let count = 0;

  const refresh = async (): Promise<Result<string, CrmError>> => {
    count++;
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: config.client.clientId,
      client_secret: config.client.clientSecret,
      refresh_token: config.client.refreshToken,
    });
    try {
      const res = await config.fetch(`${config.accountsUrl.replace(/\/+$/, '')}/oauth/v2/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      const parsed = z.safeParse(tokenWire, await res.json());
      if (!parsed.success) return err(invalidResponse('token endpoint answer is not a token'));
      const body = parsed.data;
      if ('error' in body && typeof body.error === 'string')
        return err({
          kind: 'zoho',
          status: 401,
          code: 'INVALID_TOKEN',
          message: `token refresh refused: ${body.error}`,
          details: {},
          clashes: [],
        });
      const { access_token, expires_in } = body as { access_token: string; expires_in: number };
      current = { token: access_token, expiresMs: config.now() + expires_in * 1000 };
      return ok(access_token);
    } catch (e) {
      return err({ kind: 'offline', message: String(e) });
    }
  };

  return {
    token: () => {
      if (current && config.now() < current.expiresMs - REFRESH_MARGIN_MS)
        return Promise.resolve(ok(current.token));
      // Concurrent calls share one refresh.
      pending ??= refresh().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate: () => {
      current = null;
    },
    refreshes: () => count,
  };
};

/** A fetch that signs every request with a fresh token, and retries once after INVALID_TOKEN (nothing was done). */
export const authorizedFetch =
  (inner: Fetch, tokens: TokenSource): Fetch =>
  async (input, init = {}) => {
    const send = async (): Promise<Response> => {
      const token = await tokens.token();
      if (!token.ok)
        return Response.json(
          { code: 'INVALID_TOKEN', details: {}, message: 'token refresh failed', status: 'error' },
          { status: 401 },
        );
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Zoho-oauthtoken ${token.value}`);
      return inner(input, { ...init, headers });
    };
    const first = await send();
    if (first.status !== 401) return first;
    tokens.invalidate();
    return send();
  };
