import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { ok } from '../../src/zoho/result';
import { fakeClient, lead, ports, renderApp, startData } from './support/fixtures';

afterEach(cleanup);

const clash = (moreRecords: boolean) => ({
  field: 'Email',
  jsonPath: '$.data[0].Email',
  record: { id: '5001', module: 'Leads', moduleId: null, owner: { id: 'u1', name: 'Grace Hopper' } },
  moreRecords,
});

test('a refused save names the clashing field and the existing record, fetched and linked', async () => {
  const client = fakeClient({ getRecord: async () => ok(lead()) });
  renderApp(ports({ client }), startData({ placement: 'popup', clashes: [clash(true)] }));
  await waitFor(() => expect(screen.getByText(/Zoho refused the save: Email already belongs/)).toBeTruthy());
  expect(screen.getByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
  expect(screen.getByText('Grace Hopper')).toBeTruthy();
  expect(screen.getByText(/Other records have this Email too/)).toBeTruthy();
  expect(screen.getByRole('link', { name: /Open record/ }).getAttribute('href')).toContain('/Leads/5001');
});

test('when the clashing record cannot be read, what Zoho said is still shown', async () => {
  renderApp(ports(), startData({ clashes: [clash(false)] }));
  await waitFor(() => expect(screen.getByText('5001')).toBeTruthy());
  expect(screen.getByText('Grace Hopper')).toBeTruthy();
  expect(screen.queryByText(/Other records/)).toBeNull();
});
