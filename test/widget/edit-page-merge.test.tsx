import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import type { Checker, CheckRequest } from '../../src/widget/check/types';
import type { WidgetPorts } from '../../src/widget/ports';
import type { StartData } from '../../src/widget/start-data';
import type { CrmClient, MergeOutcome } from '../../src/zoho/crm-client';
import { ok } from '../../src/zoho/result';
import { blocking, fakeClient, lead, ports, renderApp, startData } from './support/fixtures';

afterEach(cleanup);

const robert = lead({
  id: '5001',
  name: 'Robert Smith',
  values: { First_Name: 'Robert', Last_Name: 'Smith', Email: 'robert@acme.test' },
});
// The record open on the edit page.
const bob = lead({
  id: '5002',
  name: 'Bob Smith',
  values: { First_Name: 'Bob', Last_Name: 'Smith', Email: 'robert@acme.test' },
});

const openEditPage = async (
  placement: StartData['placement'],
  outcome: MergeOutcome,
  over: Partial<WidgetPorts> = {},
) => {
  const requests: CheckRequest[] = [];
  const check: Checker = async (request) => {
    requests.push(request);
    return { ok: true, value: { matches: [blocking(robert)], modules: ['Leads'] } };
  };
  const merge = vi.fn<CrmClient['merge']>(async () => ok(outcome));
  const getRecord = vi.fn<CrmClient['getRecord']>(async () => ok(bob));
  renderApp(
    ports({ client: fakeClient({ getRecord, merge }), check, ...over }),
    startData({ placement, values: bob.values, recordId: bob.id }),
  );
  // The merge is offered once the edited record itself has been read.
  const offer = await screen.findAllByRole('button', { name: /^Merge this record into Robert Smith/ });
  fireEvent.click(offer[0] as HTMLElement);
  fireEvent.click(await screen.findByRole('button', { name: 'Merge records' }));
  // The first press asks; only "Yes, merge" merges.
  expect(screen.getByRole('alert').textContent).toBe('Merge now? The merged-away record is deleted.');
  expect(merge).not.toHaveBeenCalled();
  fireEvent.click(screen.getByRole('button', { name: 'Yes, merge' }));
  await waitFor(() => expect(merge).toHaveBeenCalledTimes(1));
  return { requests, merge };
};

test('a merge confirmed in an edit page’s flyout opens the kept record’s page, as after Zoho’s own merge', async () => {
  const openRecord = vi.fn<NonNullable<WidgetPorts['openRecord']>>();
  const { requests, merge } = await openEditPage(
    'flyout',
    { status: 'merged', id: robert.id },
    { openRecord },
  );
  expect(merge.mock.calls[0]?.[1]).toBe(robert.id);
  await waitFor(() => expect(openRecord).toHaveBeenCalledWith('Leads', robert.id));
  // The kept record's page checks afresh: the edit page of the merged-away record checks nothing more.
  expect(requests).toHaveLength(1);
});

test('a merge confirmed in the save popup of an edit page answers the Client Script, which opens the kept record', async () => {
  const close = vi.fn<NonNullable<WidgetPorts['close']>>();
  const openRecord = vi.fn<NonNullable<WidgetPorts['openRecord']>>();
  await openEditPage('popup', { status: 'merged', id: robert.id }, { close, openRecord });
  await waitFor(() =>
    expect(close).toHaveBeenCalledWith({ action: 'updated-existing', recordId: robert.id }),
  );
  expect(openRecord).not.toHaveBeenCalled();
});

test('a merge Zoho only scheduled leaves the edit page where it is and checks again', async () => {
  const openRecord = vi.fn<NonNullable<WidgetPorts['openRecord']>>();
  const { requests } = await openEditPage('flyout', { status: 'scheduled', jobId: 'job-1' }, { openRecord });
  await waitFor(() => expect(requests).toHaveLength(2));
  expect(openRecord).not.toHaveBeenCalled();
});
