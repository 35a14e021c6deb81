import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { Values } from '../../src/dedupe/types';
import { answering, lead, ports, possible, renderApp, startData } from './support/fixtures';

afterEach(cleanup);

const existing = lead({
  values: {
    First_Name: 'Ada',
    Last_Name: 'Lovelace',
    Email: 'ada@example.com',
    Phone: '5550102000',
    Company: 'Analytical',
    Owner: { id: 'u1', name: 'Grace Hopper' },
    Modified_Time: '2025-02-08T09:43:08-08:00',
  },
});
const contact = lead({ module: 'Contacts', id: '7001', name: 'Ada Byron' });
const form = { Last_Name: 'Lovelace', Email: 'ADA@example.com', Phone: '', Company: null };

const onButton = (populate: (values: Values) => void) =>
  renderApp(
    ports({ check: answering([possible(existing), possible(contact)]), populate }),
    startData({ placement: 'button', values: form }),
  );

test('filling the form from a record sets only the empty fields, and says which', async () => {
  const populate = vi.fn<(values: Values) => void>();
  onButton(populate);
  fireEvent.click(
    await screen.findByRole('button', { name: /Fill the form from this record.*Ada Lovelace/ }),
  );
  expect(populate).toHaveBeenCalledWith({ First_Name: 'Ada', Phone: '5550102000', Company: 'Analytical' });
  const card = screen.getAllByRole('listitem')[0] as HTMLElement;
  expect(within(card).getByRole('status').textContent).toBe(
    'Filled 3 empty fields: First Name, Phone, Company.',
  );
  // Those fields are no longer empty: there is nothing left to fill from this record.
  expect(within(card).queryByRole('button', { name: /Fill the form/ })).toBeNull();
});

test('a record of another module never fills the form: its fields are not the form’s', async () => {
  onButton(vi.fn());
  await screen.findAllByRole('button', { name: /Fill the form/ });
  const card = screen.getAllByRole('listitem')[1] as HTMLElement;
  expect(within(card).queryByRole('button', { name: /Fill the form/ })).toBeNull();
});

test('only a create/edit page button can fill the form', async () => {
  renderApp(
    ports({ check: answering([possible(existing)]), populate: null }),
    startData({ placement: 'flyout', values: form }),
  );
  await screen.findByRole('heading', { name: 'Ada Lovelace' });
  expect(screen.queryByRole('button', { name: /Fill the form/ })).toBeNull();
});
