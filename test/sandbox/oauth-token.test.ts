import { describe, expect, it } from 'vitest';
import { createSandbox, createStore } from '../../src/sandbox/index';

const setup = () => {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const sandbox = createSandbox({
    store: createStore({ path: ':memory:' }),
    options: { now: () => now, accessTokenTtlSec: 3600 },
  });
  const token = async (params: Record<string, string>) =>
    (
      await sandbox.handleRequest(
        new Request('http://sandbox.test/oauth/v2/token', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(params).toString(),
        }),
      )
    ).json();
  const me = (accessToken: string) =>
    sandbox.handleRequest(
      new Request('http://sandbox.test/crm/v8/users?type=CurrentUser', {
        headers: { Authorization: `Zoho-oauthtoken ${accessToken}` },
      }),
    );
  return { token, me, advance: (ms: number) => (now += ms) };
};

const grant = { grant_type: 'refresh_token', client_id: 'id', client_secret: 'secret' };

describe('the sandbox OAuth token endpoint', () => {
  it('trades a self-client refresh token for an access token that works until it expires', async () => {
    const { token, me, advance } = setup();
    const answer = await token({ ...grant, refresh_token: 'sandbox-admin.refresh' });
    expect(answer).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    expect((await me(answer.access_token)).status).toBe(200);
    advance(3600 * 1000);
    const expired = await me(answer.access_token);
    expect(expired.status).toBe(401);
    expect((await expired.json()).code).toBe('INVALID_TOKEN');
  });

  it("answers an unknown refresh token with Zoho's invalid_code and HTTP 200", async () => {
    const { token } = setup();
    expect(await token({ ...grant, refresh_token: 'nobody.refresh' })).toEqual({ error: 'invalid_code' });
    expect(await token({ grant_type: 'refresh_token', refresh_token: 'sandbox-admin.refresh' })).toEqual({
      error: 'invalid_client',
    });
  });
});
