import { cleanup, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Checker } from '../../src/widget/check/types';
import { err } from '../../src/zoho/result';
import { ports, renderApp, startData } from './support/fixtures';

afterEach(cleanup);

/** A check that read the admin's rule, then met an answer that is not JSON. */
const failsUnder =
  (onSave: 'warn' | 'block'): Checker =>
  async () =>
    err({
      kind: 'invalid-response',
      issues: ['HTTP 502 body is not JSON'],
      policy: { off: false, onSave, notice: null },
    });

test("a failed check under the admin's block names the odd answer, offers a retry and never Save anyway", async () => {
  renderApp(ports({ check: failsUnder('block'), close: () => {} }), startData({ placement: 'popup' }));
  await screen.findAllByText('Zoho CRM answered something unexpected. Try again.');
  expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThan(0);
  await screen.findByRole('button', { name: "Don't save" });
  expect(screen.queryByRole('button', { name: 'Save anyway' })).toBeNull();
});

test("the admin's block wins over the Client Script's warn when the check fails", async () => {
  renderApp(
    ports({ check: failsUnder('block'), close: () => {} }),
    startData({ placement: 'popup', onSave: 'warn' }),
  );
  await screen.findAllByText('Zoho CRM answered something unexpected. Try again.');
  await screen.findByRole('button', { name: "Don't save" });
  expect(screen.queryByRole('button', { name: 'Save anyway' })).toBeNull();
});

test("a failed check under the admin's warn still lets the rep save", async () => {
  renderApp(ports({ check: failsUnder('warn'), close: () => {} }), startData({ placement: 'popup' }));
  await screen.findByRole('button', { name: 'Save anyway' });
});
