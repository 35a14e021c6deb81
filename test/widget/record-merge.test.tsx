import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { RecordMerge } from '../../src/widget/components/RecordMerge';
import type { CrmClient } from '../../src/zoho/crm-client';
import { err, ok } from '../../src/zoho/result';
import { fakeClient, lead, ports, renderView } from './support/fixtures';

afterEach(cleanup);

const shared = { Lead_Source: 'Web' };
const ada = lead({
  id: '1',
  values: {
    First_Name: 'Ada',
    Last_Name: 'Lovelace',
    Email: 'ada@a.test',
    Phone: '',
    ...shared,
    Modified_Time: 'a',
  },
});
const augusta = lead({
  id: '2',
  values: {
    First_Name: 'Augusta',
    Last_Name: 'Lovelace',
    Email: 'ada@a.test',
    Phone: '5550100',
    ...shared,
    Modified_Time: 'b',
  },
});
const byron = lead({
  id: '3',
  values: {
    First_Name: 'Ada',
    Last_Name: 'Byron',
    Email: '',
    Phone: '5550199',
    ...shared,
    Modified_Time: 'c',
  },
});
const records = [ada, augusta, byron];

const show = (merge: CrmClient['merge'], onBack = () => {}) =>
  renderView(
    <RecordMerge ports={ports({ client: fakeClient({ merge }) })} records={records} onBack={onBack} />,
  );

const picked = (field: string): string | undefined =>
  within(screen.getByRole('group', { name: field }))
    .getAllByRole<HTMLInputElement>('radio')
    .find((r) => r.checked)?.parentElement?.textContent ?? undefined;

const merged = vi.fn<CrmClient['merge']>(async () => ok({ status: 'merged' as const, id: '1' }));

test('the first record is the main one, keeping its values and filling its empty ones from the others', () => {
  show(merged);
  expect(picked('Keep as main record')).toBe(
    'Ada Lovelace (1) — owner Grace Hopper, last modified Feb 8, 2025, 5:43 PM',
  );
  expect(picked('First Name')).toBe('Ada LovelaceAda');
  expect(picked('Phone')).toBe('Augusta Lovelace5550100');
  // A field all three agree on needs no choice, nor does Zoho's own modified time.
  expect(screen.queryByRole('group', { name: 'Lead Source' })).toBeNull();
  expect(screen.queryByRole('group', { name: 'Modified Time' })).toBeNull();
});

test('before confirming it says which records are deleted and which values are lost', () => {
  show(merged);
  const removes = screen.getByRole('region', { name: 'What this merge removes' });
  const lines = () =>
    within(removes)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
  expect(lines()).toEqual([
    'Augusta Lovelace (2) will be deleted, and with it:First Name: Augusta',
    'First Name: Augusta',
    'Ada Byron (3) will be deleted, and with it:Last Name: ByronPhone: 5550199',
    'Last Name: Byron',
    'Phone: 5550199',
  ]);
  fireEvent.click(
    within(screen.getByRole('group', { name: 'Phone' })).getByRole('radio', { name: /5550199/ }),
  );
  expect(lines()).toContain(
    'Augusta Lovelace (2) will be deleted, and with it:First Name: AugustaPhone: 5550100',
  );
  fireEvent.click(
    within(screen.getByRole('group', { name: 'First Name' })).getByRole('radio', { name: /Augusta/ }),
  );
  expect(lines()[0]).toBe('Ada Lovelace (1) stays, but loses:First Name: Ada');
});

test('confirm sends the main record and, per child, the fields whose values it gives', async () => {
  const merge = vi.fn<CrmClient['merge']>(async () => ok({ status: 'merged' as const, id: '1' }));
  show(merge);
  fireEvent.click(
    within(screen.getByRole('group', { name: 'Last Name' })).getByRole('radio', { name: /Byron/ }),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Merge records' }));
  await screen.findByText('Records merged.');
  expect(merge).toHaveBeenCalledWith('Leads', '1', {
    masterFields: ['First_Name', 'Email'],
    children: [
      { id: '2', fields: ['Phone'] },
      { id: '3', fields: ['Last_Name'] },
    ],
  });
  expect(screen.getByRole('link', { name: /Open record/ }).getAttribute('href')).toBe(
    'https://crm.zoho.eu/crm/org42/tab/Leads/1',
  );
});

test('choosing another main record starts its choices afresh from that record', async () => {
  const merge = vi.fn<CrmClient['merge']>(async () => ok({ status: 'merged' as const, id: '3' }));
  show(merge);
  fireEvent.click(screen.getByRole('radio', { name: /^Ada Byron \(3\) — owner/ }));
  expect(picked('Last Name')).toBe('Ada ByronByron');
  expect(picked('Email')).toBe('Ada Lovelaceada@a.test');
  fireEvent.click(screen.getByRole('button', { name: 'Merge records' }));
  await screen.findByText('Records merged.');
  expect(merge.mock.calls[0]?.[1]).toBe('3');
});

test('a scheduled merge says Zoho is still working on it', async () => {
  show(async () => ok({ status: 'scheduled' as const, jobId: 'j1' }));
  fireEvent.click(screen.getByRole('button', { name: 'Merge records' }));
  await screen.findByText('Zoho is merging the records; this can take a minute.');
});

test('a refused merge says why in plain words and lets the rep try again with the same choices', async () => {
  const merge = vi
    .fn<CrmClient['merge']>()
    .mockResolvedValueOnce(
      err({ kind: 'zoho', status: 403, code: 'NO_PERMISSION', message: '', details: {}, clashes: [] }),
    )
    .mockResolvedValue(ok({ status: 'merged' as const, id: '1' }));
  show(merge);
  fireEvent.click(
    within(screen.getByRole('group', { name: 'Phone' })).getByRole('radio', { name: /5550199/ }),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Merge records' }));
  await screen.findByText(/You don't have permission/);
  expect(screen.queryByText(/NO_PERMISSION/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  expect(picked('Phone')).toBe('Ada Byron5550199');
  fireEvent.click(screen.getByRole('button', { name: 'Merge records' }));
  await screen.findByText('Records merged.');
  expect(merge.mock.calls[1]?.[2]).toEqual(merge.mock.calls[0]?.[2]);
});

test('Back leaves without merging', () => {
  const merge = vi.fn<CrmClient['merge']>();
  const onBack = vi.fn();
  show(merge, onBack);
  fireEvent.click(screen.getByRole('button', { name: 'Back' }));
  expect(onBack).toHaveBeenCalled();
  expect(merge).not.toHaveBeenCalled();
});
