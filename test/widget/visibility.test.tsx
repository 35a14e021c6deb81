import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { createSandbox, createStore } from '../../src/sandbox/index';
import { createEngineChecker } from '../../src/widget/check/engine-checker';
import type { CrmClient } from '../../src/zoho/crm-client';
import { createRestClient } from '../../src/zoho/rest-client';
import { ports, renderApp, startData } from './support/fixtures';

afterEach(cleanup);

/** A Lead the admin owns, and rep 2, whose profile sees only their own records. */
const outsideVisibility = async () => {
  const store = createStore({ path: ':memory:' });
  // As in the demo org: an admin ticked "Do not allow duplicate values" on Email.
  store.setUnique('Leads', 'Email', true);
  const sandbox = createSandbox({ store });
  const client = (token: string): CrmClient =>
    createRestClient({
      baseUrl: 'http://sandbox.test',
      token,
      fetch: (input, init) => sandbox.handleRequest(new Request(input, init)),
    });
  const admin = client('sandbox-admin');
  await admin.insert('Leads', [{ Last_Name: 'Hidden', Company: 'Acme', Email: 'hidden@example.com' }]);
  return { rep: client('sandbox-rep-2') };
};

test('a rep who cannot see the duplicate is never told "No duplicates" without the note that Zoho may refuse', async () => {
  const { rep } = await outsideVisibility();
  const values = { Last_Name: 'Hidden', Email: 'hidden@example.com' };
  renderApp(ports({ client: rep, check: createEngineChecker(rep) }), startData({ values }));
  await screen.findByText(/No duplicates for what you've typed so far/);
  expect(
    screen.getByText("Records you don't have access to are not checked; Zoho may still refuse the save."),
  ).toBeTruthy();
});

test('a refused save naming a record the rep cannot see shows what Zoho said, with no link and no update', async () => {
  const { rep } = await outsideVisibility();
  const values = { Last_Name: 'Hidden', Company: 'Acme', Email: 'hidden@example.com' };
  const refused = await rep.insert('Leads', [values]);
  const outcome = refused.ok ? refused.value[0] : undefined;
  if (!outcome || outcome.ok) throw new Error('Zoho should refuse the duplicate');
  expect(outcome.error.code).toBe('DUPLICATE_DATA');
  renderApp(
    ports({ client: rep, check: createEngineChecker(rep), close: () => {} }),
    startData({ placement: 'popup', values, clashes: outcome.error.clashes }),
  );
  const refusal = await screen.findByRole('region', { name: 'Refused save' });
  await within(refusal).findByText(/You don't have access to this record/);
  const owner = outcome.error.clashes[0]?.record.owner?.name ?? '';
  expect(owner).not.toBe('');
  expect(refusal.textContent).toContain(owner);
  expect(within(refusal).queryByRole('link')).toBeNull();
  expect(within(refusal).queryByRole('button', { name: /Update this record instead/ })).toBeNull();
  await screen.findByRole('button', { name: "Don't save" });
  expect(screen.queryByRole('button', { name: 'Save anyway' })).toBeNull();
});
