import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { Checker, CheckRequest } from '../../src/widget/check/types';
import type { WidgetPorts } from '../../src/widget/ports';
import type { CrmClient } from '../../src/zoho/crm-client';
import type { CrmError } from '../../src/zoho/crm-error';
import { err, ok } from '../../src/zoho/result';
import { fakeClient, lead, ports, possible, renderApp, startData } from './support/fixtures';

afterEach(cleanup);

const shown = lead({
  id: '5001',
  name: 'Robert Smith',
  values: { First_Name: 'Robert', Last_Name: 'Smith', Email: 'robert@acme.test', Company: 'Acme Inc' },
});
const bob = lead({
  id: '5002',
  name: 'Bob Smith',
  values: { First_Name: 'Bob', Last_Name: 'Smith', Email: 'bob@acme.test', Company: '' },
});
const contact = lead({ module: 'Contacts', id: '7001', name: 'Robert Smith' });
const onRecordPage = startData({ placement: 'record', values: {}, recordId: '5001' });

const checking =
  (requests: CheckRequest[]): Checker =>
  async (request) => {
    requests.push(request);
    // A checker that forgets to leave the shown record out: the widget still never lists it.
    return {
      ok: true,
      value: { matches: [possible(shown), possible(bob), possible(contact)], modules: ['Leads', 'Contacts'] },
    };
  };

const openRecordPage = async (
  over: Partial<CrmClient> = {},
  openRecord: WidgetPorts['openRecord'] = null,
) => {
  const requests: CheckRequest[] = [];
  const getRecord = vi.fn<CrmClient['getRecord']>(async () => ok(shown));
  renderApp(
    ports({ client: fakeClient({ getRecord, ...over }), check: checking(requests), openRecord }),
    onRecordPage,
  );
  await screen.findByRole('region', { name: 'Possible duplicates' });
  return { requests, getRecord };
};

test('a record page reads the shown record and checks its values, leaving the record itself out', async () => {
  const { requests, getRecord } = await openRecordPage();
  expect(getRecord).toHaveBeenCalledWith('Leads', '5001', expect.anything());
  expect(requests).toEqual([{ module: 'Leads', values: shown.values, excludeId: '5001' }]);
  const names = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
  expect(names).toEqual(['Bob Smith', 'Robert Smith']);
  expect(screen.getByRole('status').textContent).toBe('2 possible duplicates found.');
});

test('a record page offers no "Update this record instead": it has no new values to bring', async () => {
  await openRecordPage();
  expect(screen.queryByRole('button', { name: /Update this record instead/ })).toBeNull();
});

test('a record that cannot be read says why and reads it again on retry', async () => {
  const getRecord = vi
    .fn<CrmClient['getRecord']>()
    .mockResolvedValueOnce(err<CrmError>({ kind: 'timeout', ms: 10_000 }))
    .mockResolvedValue(ok(shown));
  renderApp(ports({ client: fakeClient({ getRecord }), check: checking([]) }), onRecordPage);
  await screen.findByText(/took too long to answer/);
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  await screen.findByRole('region', { name: 'Possible duplicates' });
  expect(getRecord).toHaveBeenCalledTimes(2);
});

test('merging from a record page always includes the shown record, as the main one by default', async () => {
  const merge = vi.fn<CrmClient['merge']>(async () => ok({ status: 'merged' as const, id: '5001' }));
  await openRecordPage({ merge });
  const cards = screen.getAllByRole('listitem');
  // Only a Lead can merge with this Lead; a merge needs one other record, not two.
  expect(within(cards[1] as HTMLElement).queryByRole('checkbox')).toBeNull();
  fireEvent.click(within(cards[0] as HTMLElement).getByRole('checkbox', { name: /Select to merge/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Merge 2 records' }));
  const master = await screen.findByRole('group', { name: 'Keep as main record' });
  expect(
    (within(master).getByRole('radio', { name: /^Robert Smith \(5001\) — owner/ }) as HTMLInputElement)
      .checked,
  ).toBe(true);
  expect(screen.getByRole('region', { name: 'What this merge removes' }).textContent).toContain(
    'Bob Smith (5002) will be deleted, and with it:',
  );
  fireEvent.click(screen.getByRole('button', { name: 'Merge records' }));
  await screen.findByText('Records merged.');
  expect(merge).toHaveBeenCalledWith('Leads', '5001', {
    masterFields: ['First_Name', 'Email', 'Company'],
    children: [{ id: '5002', fields: [] }],
  });
});

test('Back from the merge view returns focus to the list, choices intact', async () => {
  await openRecordPage();
  fireEvent.click(within(screen.getAllByRole('listitem')[0] as HTMLElement).getByRole('checkbox'));
  const open = screen.getByRole('button', { name: 'Merge 2 records' });
  open.focus();
  fireEvent.click(open);
  fireEvent.click(await screen.findByRole('button', { name: 'Back' }));
  await waitFor(() => expect(document.activeElement).toBe(open));
  expect(
    (within(screen.getAllByRole('listitem')[0] as HTMLElement).getByRole('checkbox') as HTMLInputElement)
      .checked,
  ).toBe(true);
});

const mergeWithBob = async () => {
  fireEvent.click(within(screen.getAllByRole('listitem')[0] as HTMLElement).getByRole('checkbox'));
  fireEvent.click(screen.getByRole('button', { name: 'Merge 2 records' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Merge records' }));
};

test('after a merge the record page shows the kept record’s own page, since the shown one may be gone', async () => {
  const merge = vi.fn<CrmClient['merge']>(async () => ok({ status: 'merged' as const, id: '5002' }));
  const openRecord = vi.fn<NonNullable<WidgetPorts['openRecord']>>();
  const { requests } = await openRecordPage({ merge }, openRecord);
  await mergeWithBob();
  await waitFor(() => expect(openRecord).toHaveBeenCalledWith('Leads', '5002'));
  expect(openRecord).toHaveBeenCalledTimes(1);
  // The kept record's page checks it afresh: this page does not check the merged-away record again.
  expect(requests).toHaveLength(1);
});

test('a merge Zoho only scheduled leaves the record page in place and checks again', async () => {
  const merge = vi.fn<CrmClient['merge']>(async () => ok({ status: 'scheduled' as const, jobId: 'job-1' }));
  const openRecord = vi.fn<NonNullable<WidgetPorts['openRecord']>>();
  const { requests } = await openRecordPage({ merge }, openRecord);
  await mergeWithBob();
  await waitFor(() => expect(requests).toHaveLength(2));
  expect(openRecord).not.toHaveBeenCalled();
});
