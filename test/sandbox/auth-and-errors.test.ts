import { describe, expect, it } from 'vitest';
import { makeSandbox } from './support/sandbox-harness';

describe('request-level errors', () => {
  it('answers 401 INVALID_TOKEN without an Authorization header', async () => {
    const { call } = makeSandbox();
    const res = await call('GET', 'Leads', { token: null });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      code: 'INVALID_TOKEN',
      details: {},
      message: 'invalid oauth token',
      status: 'error',
    });
  });

  it('answers 401 INVALID_TOKEN for a token no user has', async () => {
    const { call } = makeSandbox();
    expect((await call('GET', 'Leads', { token: 'stolen' })).body.code).toBe('INVALID_TOKEN');
  });

  it('answers INVALID_MODULE for a module that does not exist', async () => {
    const { call } = makeSandbox();
    const res = await call('GET', 'Spaceships/search?email=a@b.com');
    expect([res.status, res.body.code]).toEqual([400, 'INVALID_MODULE']);
  });

  it('answers 404 INVALID_URL_PATTERN for a path Zoho does not have', async () => {
    const { call } = makeSandbox();
    const res = await call('GET', 'Leads/1/2/3/4');
    expect([res.status, res.body.code]).toEqual([404, 'INVALID_URL_PATTERN']);
  });

  it('knows the three default users of an empty store by their tokens', async () => {
    const { call } = makeSandbox();
    const res = await call('GET', 'users?type=CurrentUser', { token: 'sandbox-rep-2' });
    expect(res.body.users).toHaveLength(1);
    expect(res.body.users[0].full_name).toBe('Nina Okafor');
  });

  it('describes the org with its domain name and zgid', async () => {
    const { call } = makeSandbox();
    const org = (await call('GET', 'org')).body.org[0];
    expect(org.domain_name).toBe('zylker');
    expect(org.zgid).toMatch(/^\d+$/);
  });
});

describe('hard-day options', () => {
  it('answers 429 TOO_MANY_REQUESTS once the request budget is spent', async () => {
    const { call } = makeSandbox({ requestBudget: 2 });
    await call('GET', 'org');
    await call('GET', 'org');
    const third = await call('GET', 'org');
    expect([third.status, third.body.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
  });

  it('injects 500 INTERNAL_ERROR at the configured rate, the same way for the same seed', async () => {
    const run = async () => {
      const { call } = makeSandbox({ errorRate: 0.5, errorSeed: 7 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await call('GET', 'org')).status);
      return statuses;
    };
    const first = await run();
    expect(first.filter((s) => s === 500).length).toBeGreaterThan(3);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect(await run()).toEqual(first);
  });

  it('counts every request, whatever its outcome', async () => {
    const { call, sandbox } = makeSandbox();
    await call('GET', 'org');
    await call('GET', 'org', { token: null });
    expect(sandbox.requestCount()).toBe(2);
  });

  it('takes options for one request from the X-Sandbox-Options header', async () => {
    const { call } = makeSandbox();
    const res = await call('GET', 'org', { headers: { 'X-Sandbox-Options': '{"requestBudget":0}' } });
    expect(res.status).toBe(429);
    expect((await call('GET', 'org')).status).toBe(200);
  });
});
