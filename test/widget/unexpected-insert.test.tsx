import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { answering, blocking, ports, renderApp, startData } from './support/fixtures';
import { type Interceptor, writeSandbox } from './support/write-sandbox';

afterEach(cleanup);

const form = { Last_Name: 'Lovelace', Email: 'ada@example.com', Phone: '555 0100', Company: 'Engines Ltd' };

/**
 * Zoho creating a record where an update was asked for: the update by id goes to the sandbox as an insert of
 * the same values, and its answer says `action: "insert"` with the new id.
 */
const updateCreates =
  (box: ReturnType<typeof writeSandbox>): Interceptor =>
  async (request, send) => {
    if (request.method !== 'PUT') return send();
    const body = (await request.clone().json()) as { data: Record<string, unknown>[] };
    const values = body.data.map(({ id: _id, ...rest }) => ({ Last_Name: 'Lovelace', ...rest }));
    const created = await box.sandbox.handleRequest(
      new Request('http://sandbox.test/crm/v8/Leads', {
        method: 'POST',
        headers: { Authorization: 'Zoho-oauthtoken sandbox-admin' },
        body: JSON.stringify({ data: values }),
      }),
    );
    const answer = (await created.json()) as { data: Record<string, unknown>[] };
    const data = answer.data.map((item) => ({ ...item, action: 'insert' }));
    return new Response(JSON.stringify({ data }), { status: 201 });
  };

const openUpdate = async () => {
  const box = writeSandbox();
  const id = await box.lead({ First_Name: 'Ada', Last_Name: 'Lovelace', Email: 'ada@example.com' });
  const got = await box.rep.getRecord('Leads', id);
  if (!got.ok) throw new Error('the seeded Lead cannot be read');
  renderApp(
    ports({ client: box.rep, check: answering([blocking(got.value)]), clock: box.clock }),
    startData({ placement: 'popup', values: form }),
  );
  fireEvent.click(await screen.findByRole('button', { name: /Update this record instead/ }));
  await screen.findByRole('button', { name: 'Update record' });
  within(screen.getByRole('group', { name: /Company/ }))
    .getByRole('radio', { name: /From the form/ })
    .click();
  return { box, id };
};

const createdIdOf = (box: ReturnType<typeof writeSandbox>, before: ReadonlySet<string>): string => {
  const fresh = box.store
    .list('Leads')
    .map((r) => r.id)
    .filter((i) => !before.has(i));
  if (fresh.length !== 1) throw new Error(`expected one created Lead, found ${fresh.length}`);
  return fresh[0] as string;
};

test('an update Zoho answers as an insert is reported, never as "Record updated", and the new record can be deleted', async () => {
  const { box, id } = await openUpdate();
  const before = new Set(box.store.list('Leads').map((r) => r.id));
  box.onRequest(updateCreates(box));
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));

  await screen.findByText(/Zoho created a new record \(\d+\) instead of updating this one/);
  const created = createdIdOf(box, before);
  expect(screen.getByRole('alert').textContent).toContain(created);
  expect(screen.queryByText('Record updated.')).toBeNull();
  expect(box.valueOf(id, 'Company')).toBe('Analytical');

  box.onRequest(null);
  fireEvent.click(screen.getByRole('button', { name: 'Delete the new record' }));
  await screen.findByText(`The new record (${created}) was deleted.`);
  expect(box.store.get(created)).toBeFalsy();
  expect(box.store.list('Leads').length).toBe(before.size);
  // The record the rep meant to update is untouched and no second delete is offered.
  expect(box.valueOf(id, 'Company')).toBe('Analytical');
  expect(screen.queryByRole('button', { name: 'Delete the new record' })).toBeNull();
});

test('a delete whose answer is lost after it landed is reported as done', async () => {
  const { box } = await openUpdate();
  const before = new Set(box.store.list('Leads').map((r) => r.id));
  box.onRequest(updateCreates(box));
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText(/Zoho created a new record/);
  const created = createdIdOf(box, before);

  box.onRequest(async (request, send) => {
    const answer = await send();
    if (request.method === 'DELETE') throw new TypeError('Failed to fetch');
    return answer;
  });
  fireEvent.click(screen.getByRole('button', { name: 'Delete the new record' }));
  await screen.findByText(`The new record (${created}) was deleted.`);
  expect(box.store.get(created)).toBeFalsy();
});

test('a delete Zoho refuses says why and keeps the way to open the new record', async () => {
  const { box } = await openUpdate();
  const before = new Set(box.store.list('Leads').map((r) => r.id));
  box.onRequest(updateCreates(box));
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText(/Zoho created a new record/);
  const created = createdIdOf(box, before);

  box.onRequest(async (request, send) =>
    request.method === 'DELETE'
      ? new Response(
          JSON.stringify({
            data: [{ code: 'NO_PERMISSION', details: {}, message: 'permission denied', status: 'error' }],
          }),
          { status: 403 },
        )
      : send(),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Delete the new record' }));
  await screen.findByText(/The new record could not be deleted: You don't have permission/);
  expect(box.store.get(created)).toBeTruthy();
  expect(screen.getByRole('link', { name: /Open/ }).getAttribute('href')).toContain(created);
  expect(screen.getByRole('button', { name: 'Delete the new record' })).toBeTruthy();
});
