import { act, cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { CheckAnswer, Checker } from '../../src/widget/check/types';
import type { CrmError } from '../../src/zoho/crm-error';
import type { Result } from '../../src/zoho/result';
import { app, lead, ports, possible, renderApp, startData } from './support/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

// Lets answered promises and the renders they cause run, then moves the clock past the typing pause.
const settle = async (ms = 0) => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  vi.advanceTimersByTime(ms);
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const PAST_PAUSE = 2_000;

test('the same values never start a second check, even in another field order', async () => {
  vi.useFakeTimers();
  const check = vi.fn<Checker>(async () => ({ ok: true, value: { matches: [], modules: ['Leads'] } }));
  const cache = new Map();
  const p = ports({ check });
  const { rerender } = renderApp(p, startData({ values: { Email: 'a@b.co', Last_Name: 'Li' } }), cache);
  await act(() => settle());
  expect(screen.getByRole('status').textContent).toContain('No duplicates');
  rerender(app(p, startData({ values: { Last_Name: 'Li', Email: 'a@b.co' } }), cache));
  await act(() => settle(PAST_PAUSE));
  expect(check).toHaveBeenCalledTimes(1);
  // Other values after the same pause do start one: the pause was long enough for a check to start.
  rerender(app(p, startData({ values: { Last_Name: 'Lee', Email: 'a@b.co' } }), cache));
  await act(() => settle(PAST_PAUSE));
  expect(check).toHaveBeenCalledTimes(2);
});

test('a late answer for old values never replaces the answer for newer ones', async () => {
  vi.useFakeTimers();
  const pending: ((r: Result<CheckAnswer, CrmError>) => void)[] = [];
  const check: Checker = () => new Promise((done) => pending.push(done));
  const p = ports({ check });
  const { rerender } = renderApp(p, startData({ values: { Email: 'old@b.co' } }));
  rerender(app(p, startData({ values: { Email: 'new@b.co' } })));
  await act(() => settle(PAST_PAUSE));
  expect(pending).toHaveLength(2);
  await act(() => {
    pending[1]?.({ ok: true, value: { matches: [], modules: ['Leads'] } });
    return settle();
  });
  expect(screen.getByRole('status').textContent).toContain('No duplicates');
  await act(() => {
    pending[0]?.({ ok: true, value: { matches: [possible(lead())], modules: ['Leads'] } });
    return settle(PAST_PAUSE);
  });
  expect(screen.getByRole('status').textContent).toContain('No duplicates');
  expect(screen.queryByRole('listitem')).toBeNull();
});
