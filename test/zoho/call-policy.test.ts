import { describe, expect, it } from 'vitest';
import { guarded, policyOf } from '../../src/zoho/call-policy';
import type { CrmError } from '../../src/zoho/crm-error';
import { err, ok, type Result } from '../../src/zoho/result';

const zoho = (status: number, code: string): CrmError => ({
  kind: 'zoho',
  status,
  code,
  message: '',
  details: {},
  clashes: [],
});
const instant = () => policyOf({ sleep: async () => {}, retries: 2 });
const sequence = (...answers: Result<string, CrmError>[]) => {
  let calls = 0;
  const run = async () => answers[Math.min(calls++, answers.length - 1)] as Result<string, CrmError>;
  return { run, calls: () => calls };
};

describe('guarded calls', () => {
  it('retries a read that met 500 and then succeeds', async () => {
    const s = sequence(err(zoho(500, 'INTERNAL_ERROR')), err(zoho(503, 'INTERNAL_ERROR')), ok('done'));
    expect(await guarded(instant(), {}, 'read', s.run)).toEqual(ok('done'));
    expect(s.calls()).toBe(3);
  });
  it("after a 429 answers every call locally until Zoho's window is over, then calls again", async () => {
    let now = 1_000;
    const policy = policyOf({ sleep: async () => {}, retries: 2, rateWindowMs: 60_000, now: () => now });
    const s = sequence(err(zoho(429, 'TOO_MANY_REQUESTS')), ok('after'));
    const first = await guarded(policy, {}, 'read', s.run);
    expect(!first.ok && first.error.kind === 'zoho' && first.error.retryAfterMs).toBe(60_000);
    now += 59_000;
    for (let i = 0; i < 30; i++) {
      const r = await guarded(policy, {}, i % 2 ? 'write' : 'read', s.run);
      expect(!r.ok && r.error.kind === 'zoho' && r.error.retryAfterMs).toBe(1_000);
    }
    expect(s.calls()).toBe(1);
    now += 1_000;
    expect(await guarded(policy, {}, 'read', s.run)).toEqual(ok('after'));
    expect(s.calls()).toBe(2);
  });
  it('waits as long as a 429 says when it names its reset time', async () => {
    let now = 0;
    const policy = policyOf({ retries: 0, now: () => now });
    const limited = { ...zoho(429, 'TOO_MANY_REQUESTS'), retryAfterMs: 5_000 };
    const s = sequence(err(limited), ok('after'));
    await guarded(policy, {}, 'read', s.run);
    now = 4_999;
    expect((await guarded(policy, {}, 'read', s.run)).ok).toBe(false);
    now = 5_000;
    expect(await guarded(policy, {}, 'read', s.run)).toEqual(ok('after'));
  });
  it('gives up after the bounded number of retries', async () => {
    const s = sequence(err(zoho(503, 'INTERNAL_ERROR')));
    expect(await guarded(instant(), {}, 'read', s.run)).toEqual(err(zoho(503, 'INTERNAL_ERROR')));
    expect(s.calls()).toBe(3);
  });
  it('never retries a write, even on 429', async () => {
    const s = sequence(err(zoho(429, 'TOO_MANY_REQUESTS')), ok('twice'));
    const r = await guarded(instant(), {}, 'write', s.run);
    expect(!r.ok && r.error.kind === 'zoho' && r.error.code).toBe('TOO_MANY_REQUESTS');
    expect(s.calls()).toBe(1);
  });
  it('does not retry a client error such as INVALID_QUERY', async () => {
    const s = sequence(err(zoho(400, 'INVALID_QUERY')), ok('x'));
    await guarded(instant(), {}, 'read', s.run);
    expect(s.calls()).toBe(1);
  });
  it('waits longer before each retry', async () => {
    const waits: number[] = [];
    const policy = policyOf({ retries: 3, sleep: async (ms) => void waits.push(ms) });
    await guarded(policy, {}, 'read', sequence(err(zoho(500, 'INTERNAL_ERROR'))).run);
    expect(waits).toHaveLength(3);
    expect(waits[0]).toBeLessThan(waits[1] as number);
    expect(waits[1]).toBeLessThan(waits[2] as number);
  });
  it('times out a call that never answers', async () => {
    const never = () => new Promise<Result<string, CrmError>>(() => {});
    expect(await guarded(policyOf({ retries: 0 }), { timeoutMs: 5 }, 'read', never)).toEqual(
      err({ kind: 'timeout', ms: 5 }),
    );
  });
  it('answers aborted when the caller cancels a superseded call', async () => {
    const controller = new AbortController();
    const never = () => new Promise<Result<string, CrmError>>(() => {});
    const pending = guarded(instant(), { signal: controller.signal }, 'read', never);
    controller.abort();
    expect(await pending).toEqual(err({ kind: 'aborted' }));
  });
  it('turns a thrown network failure into an offline error', async () => {
    const r = await guarded(policyOf({ retries: 0 }), {}, 'read', async () => {
      throw new TypeError('fetch failed');
    });
    expect(!r.ok && r.error.kind).toBe('offline');
  });
});

describe('rejections', () => {
  it('turns a parse failure of an answer (an HTML page, a cut-off body) into an unexpected answer, not offline', async () => {
    const r = await guarded(policyOf({ retries: 0 }), {}, 'read', async () => JSON.parse('<html>502</html>'));
    expect(!r.ok && r.error.kind).toBe('invalid-response');
    const cut = await guarded(policyOf({ retries: 0 }), {}, 'read', async () => JSON.parse('{"data":[{"id"'));
    expect(!cut.ok && cut.error.kind).toBe('invalid-response');
  });
});
