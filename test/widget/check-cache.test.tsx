import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { SEARCH_LIFETIME_MS } from '../../src/dedupe/cache-lifetime';
import { forgetOnWrite } from '../../src/widget/check/forget-on-write';
import type { Checker } from '../../src/widget/check/types';
import type { CheckCache } from '../../src/widget/hooks/use-duplicate-check';
import type { CrmClient } from '../../src/zoho/crm-client';
import { err, ok } from '../../src/zoho/result';
import { app, fakeClient, lead, ports, possible, renderApp, startData } from './support/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const status = () => screen.getByRole('status').textContent ?? '';

test('values checked before are answered from the session until the answer is older than a search answer stands', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  // Ada has a duplicate, Li has none: the status line tells which answer is shown.
  const check = vi.fn<Checker>(async (request) => ({
    ok: true,
    value: { matches: request.values.Last_Name === 'Ada' ? [possible(lead())] : [], modules: ['Leads'] },
  }));
  const cache: CheckCache = new Map();
  const p = ports({ check });
  const ada = startData({ values: { Last_Name: 'Ada' } });
  const li = startData({ values: { Last_Name: 'Li' } });
  const { rerender } = renderApp(p, ada, cache);
  await waitFor(() => expect(status()).toContain('possible duplicate'));
  rerender(app(p, li, cache));
  await waitFor(() => expect(status()).toContain('No duplicates'));

  vi.setSystemTime(Date.now() + SEARCH_LIFETIME_MS - 1);
  rerender(app(p, ada, cache));
  await waitFor(() => expect(status()).toContain('possible duplicate'));
  expect(check).toHaveBeenCalledTimes(2);

  vi.setSystemTime(Date.now() + 1);
  rerender(app(p, li, cache));
  await waitFor(() => expect(check).toHaveBeenCalledTimes(3));
  await waitFor(() => expect(status()).toContain('No duplicates'));
});

test('every record write the widget makes, landed, refused or thrown, makes the session forget its answers', async () => {
  const forget = vi.fn();
  const outcome = ok([ok({ action: 'insert' as const, duplicateField: null, id: '1', modifiedTime: null })]);
  const client = forgetOnWrite(
    fakeClient({
      insert: async () => outcome,
      update: async () => err({ kind: 'timeout' as const, ms: 10_000 }),
      upsert: async () => {
        throw new Error('connection reset');
      },
      merge: async () => ok({ status: 'merged' as const, id: '1' }),
      deleteRecord: async () => ok(null),
      getRecord: async () => ok(lead()),
    }),
    forget,
  );
  await client.getRecord('Leads', '1');
  expect(forget).not.toHaveBeenCalled();
  expect(await client.insert('Leads', [{ Last_Name: 'Li' }])).toEqual(outcome);
  expect(forget).toHaveBeenCalledTimes(1);
  expect((await client.update('Leads', [{ id: '1' }])).ok).toBe(false);
  expect(forget).toHaveBeenCalledTimes(2);
  await expect(client.upsert('Leads', [{ Last_Name: 'Li' }])).rejects.toThrow('connection reset');
  expect(forget).toHaveBeenCalledTimes(3);
  await client.merge('Leads', '1', { masterFields: [], children: [{ id: '2', fields: [] }] });
  expect(forget).toHaveBeenCalledTimes(4);
  await client.deleteRecord('Leads', '2');
  expect(forget).toHaveBeenCalledTimes(5);
});

test('a client that forgets on write still answers reads and writes as the client it wraps', async () => {
  const search = vi.fn<CrmClient['search']>(async () => ok({ records: [lead()], moreRecords: false }));
  const client = forgetOnWrite(fakeClient({ search }), () => {});
  const page = await client.search('Leads', { type: 'email', value: 'a@b.co' });
  expect(page.ok && page.value.records.map((r) => r.id)).toEqual([lead().id]);
  expect(search).toHaveBeenCalledWith('Leads', { type: 'email', value: 'a@b.co' });
});
