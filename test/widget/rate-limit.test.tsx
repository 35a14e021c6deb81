import { cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { createSandbox, createStore } from '../../src/sandbox/index';
import { createEngineChecker } from '../../src/widget/check/engine-checker';
import { createRestClient } from '../../src/zoho/rest-client';
import { ports, renderApp, startData } from './support/fixtures';

afterEach(cleanup);

/** An engine checker over the REST client and a sandbox whose request budget is spent from the start. */
const spentBudget = (rateWindowMs: number, headers: Record<string, string> = {}) => {
  const sandbox = createSandbox({ store: createStore({ path: ':memory:' }), options: { requestBudget: 0 } });
  const client = createRestClient({
    baseUrl: 'http://sandbox.test',
    token: 'sandbox-rep-1',
    policy: { rateWindowMs },
    fetch: async (input, init) => {
      const answer = await sandbox.handleRequest(new Request(input, init));
      if (answer.status !== 429) return answer;
      return new Response(await answer.text(), { status: 429, headers: { ...headers } });
    },
  });
  return { sandbox, client, check: createEngineChecker(client) };
};

test("in a 429 storm, 30 keystrokes inside Zoho's window send one call, and checking says it is paused", async () => {
  const { sandbox, check } = spentBudget(60_000);
  const results = [];
  for (let i = 0; i < 30; i++) {
    const values = { Last_Name: `Wu${i}`, Email: `wu${i}@example.com` };
    results.push(await check({ module: 'Leads', values, excludeId: null }, new AbortController().signal));
  }
  expect(sandbox.requestCount()).toBe(1);
  expect(results.every((r) => !r.ok && r.error.kind === 'zoho' && r.error.code === 'TOO_MANY_REQUESTS')).toBe(
    true,
  );
});

test('a reset header sets the pause, and the panel says so, then checks again by itself', async () => {
  const { sandbox, check } = spentBudget(60_000, { 'Retry-After': '1' });
  renderApp(ports({ check }), startData({ values: { Last_Name: 'Wu😀', Email: 'wu@example.com' } }));
  await screen.findByText(/checking pauses for 1 s and resumes by itself/);
  sandbox.setOptions({ requestBudget: null });
  await screen.findByText(/No duplicates for what you've typed so far/, {}, { timeout: 5_000 });
});
