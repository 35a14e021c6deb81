import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { CheckAnswer, Checker } from '../../src/widget/check/types';
import type { CrmError } from '../../src/zoho/crm-error';
import type { Result } from '../../src/zoho/result';
import { app, lead, ports, possible, renderApp, startData } from './support/fixtures';

afterEach(cleanup);

test('the same values never start a second check, even in another field order', async () => {
  const check = vi.fn<Checker>(async () => ({ ok: true, value: { matches: [], modules: ['Leads'] } }));
  const cache = new Map();
  const p = ports({ check });
  const { rerender } = renderApp(p, startData({ values: { Email: 'a@b.co', Last_Name: 'Li' } }), cache);
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('No duplicates'));
  rerender(app(p, startData({ values: { Last_Name: 'Li', Email: 'a@b.co' } }), cache));
  await new Promise((r) => setTimeout(r, 20));
  expect(check).toHaveBeenCalledTimes(1);
});

test('a late answer for old values never replaces the answer for newer ones', async () => {
  const pending: ((r: Result<CheckAnswer, CrmError>) => void)[] = [];
  const check: Checker = () => new Promise((done) => pending.push(done));
  const p = ports({ check });
  const { rerender } = renderApp(p, startData({ values: { Email: 'old@b.co' } }));
  rerender(app(p, startData({ values: { Email: 'new@b.co' } })));
  pending[1]?.({ ok: true, value: { matches: [], modules: ['Leads'] } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toContain('No duplicates'));
  pending[0]?.({ ok: true, value: { matches: [possible(lead())], modules: ['Leads'] } });
  await new Promise((r) => setTimeout(r, 20));
  expect(screen.getByRole('status').textContent).toContain('No duplicates');
});
