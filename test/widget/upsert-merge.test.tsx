import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { CrmClient } from '../../src/zoho/crm-client';
import { ok } from '../../src/zoho/result';
import {
  answering,
  blocking,
  fakeClient,
  lead,
  leadFields,
  ports,
  renderApp,
  startData,
} from './support/fixtures';

afterEach(cleanup);

const existing = lead({
  values: {
    First_Name: 'Ada',
    Last_Name: 'Lovelace',
    Email: 'ada@example.com',
    Phone: '',
    Company: 'Analytical',
  },
});
const form = { Last_Name: 'Lovelace', Email: 'ADA@example.com', Phone: '555 0100', Company: 'Engines Ltd' };
const saved = {
  action: 'update' as const,
  duplicateField: 'Email',
  id: '5001',
  modifiedTime: '2025-03-01T10:00:00+00:00',
};

const withFields = (over: Partial<CrmClient>): CrmClient =>
  fakeClient({ getFields: async () => ok(leadFields), ...over });

const openMerge = async (client: CrmClient, close: ((r: unknown) => void) | null = null) => {
  renderApp(
    ports({ client, check: answering([blocking(existing)]), close }),
    startData({ placement: 'popup', values: form }),
  );
  fireEvent.click(await screen.findByRole('button', { name: /Update this record instead/ }));
  await screen.findByRole('heading', { name: 'Update Ada Lovelace' });
  await screen.findByRole('button', { name: 'Update record' });
};

test('defaults keep non-empty existing values, fill empty ones, and the summary says exactly that', async () => {
  await openMerge(withFields({ getRecord: async () => ok(existing) }));
  const company = screen.getByRole('group', { name: 'Company' });
  expect((within(company).getByRole('radio', { name: /In Zoho/ }) as HTMLInputElement).checked).toBe(true);
  const phone = screen.getByRole('group', { name: 'Phone' });
  expect((within(phone).getByRole('radio', { name: /From the form/ }) as HTMLInputElement).checked).toBe(
    true,
  );
  const summary = screen.getByRole('region', { name: 'What will change' });
  expect(summary.textContent).toBe('What will changePhone: (empty) → 555 0100');
  fireEvent.click(within(company).getByRole('radio', { name: /From the form/ }));
  expect(summary.textContent).toContain('Company: Analytical → Engines Ltd');
});

test('confirm updates the record by id with the re-read Modified_Time, then Undo writes the old values back', async () => {
  let current = existing;
  const update = vi.fn<CrmClient['update']>(async (_, [values]) => {
    const { id: _id, ...changes } = values ?? {};
    current = { ...current, values: { ...current.values, ...changes }, modifiedTime: saved.modifiedTime };
    return ok([ok(saved)]);
  });
  await openMerge(withFields({ getRecord: async () => ok(current), update }));
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText('Record updated.');
  expect(update).toHaveBeenCalledWith('Leads', [{ Phone: '555 0100', id: '5001' }], {
    ifUnmodifiedSince: existing.modifiedTime,
  });
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await screen.findByText('Your change was undone.');
  expect(update).toHaveBeenLastCalledWith('Leads', [{ Phone: '', id: '5001' }], {
    ifUnmodifiedSince: saved.modifiedTime,
  });
});

test('an answer naming another record than the one updated is reported as a created record, never as updated', async () => {
  const update = vi.fn<CrmClient['update']>(async () =>
    ok([ok({ ...saved, action: 'insert' as const, id: '9009' })]),
  );
  await openMerge(withFields({ getRecord: async () => ok(existing), update }));
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText(/Zoho created a new record \(9009\)/);
  expect(screen.queryByText('Record updated.')).toBeNull();
});

test('in the save popup the flow ends after the update: discard the new record and open the updated one', async () => {
  const close = vi.fn();
  await openMerge(
    withFields({ getRecord: async () => ok(existing), update: async () => ok([ok(saved)]) }),
    close,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  expect(
    await screen.findByText('Ada Lovelace was updated — discard this new Lead and open Ada Lovelace?'),
  ).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Discard it and open Ada Lovelace' }));
  expect(close).toHaveBeenCalledWith({ action: 'updated-existing', recordId: '5001' });
});

test('the save popup cancels, and offers saving only when nothing blocks', async () => {
  const close = vi.fn();
  renderApp(ports({ check: answering([blocking(existing)]), close }), startData({ placement: 'popup' }));
  await screen.findByRole('heading', { name: 'Ada Lovelace' });
  const dontSave = await screen.findByRole('button', { name: "Don't save" });
  expect(screen.queryByRole('button', { name: 'Save anyway' })).toBeNull();
  fireEvent.click(dontSave);
  expect(close).toHaveBeenCalledWith({ action: 'cancel' });
});
