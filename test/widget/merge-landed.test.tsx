import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { CandidateRecord } from '../../src/dedupe/types';
import { RecordMerge } from '../../src/widget/components/RecordMerge';
import { ports, renderView } from './support/fixtures';
import { writeSandbox } from './support/write-sandbox';

afterEach(cleanup);

/** Two Leads of one person in the sandbox, and the record page's merge view open on them. */
const openMerge = async () => {
  const box = writeSandbox();
  const main = await box.lead({ First_Name: 'Ada', Last_Name: 'Lovelace', Email: 'ada@example.com' });
  const child = await box.lead({ First_Name: 'Augusta', Last_Name: 'Lovelace', Phone: '555 0100' });
  const records: CandidateRecord[] = [];
  for (const id of [main, child]) {
    const got = await box.rep.getRecord('Leads', id);
    if (!got.ok) throw new Error('a seeded Lead cannot be read');
    records.push(got.value);
  }
  renderView(<RecordMerge ports={ports({ client: box.rep })} records={records} onBack={() => {}} />);
  return { box, main, child };
};

const isMerge = (r: Request) => r.method === 'POST' && r.url.includes('/actions/merge');

test('a merge that landed but whose answer was lost is reported as merged, never as failed', async () => {
  const { box, main, child } = await openMerge();
  box.onRequest(async (request, send) => {
    const answer = await send();
    if (isMerge(request)) throw new TypeError('Failed to fetch');
    return answer;
  });
  fireEvent.click(screen.getByRole('button', { name: 'Merge records' }));
  await screen.findByText('Records merged.');
  expect(box.store.get(child)).toBeFalsy();
  expect(box.store.get(main)).toBeTruthy();
  expect(screen.queryByText(/went wrong|offline|unexpected/)).toBeNull();
});

test('a merge whose request never reached Zoho is reported as failed, and both records are still there', async () => {
  const { box, main, child } = await openMerge();
  box.onRequest(async (request, send) => {
    if (isMerge(request)) throw new TypeError('Failed to fetch');
    return send();
  });
  fireEvent.click(screen.getByRole('button', { name: 'Merge records' }));
  await screen.findByText(/You seem to be offline/);
  expect(box.store.get(child)).toBeTruthy();
  expect(box.store.get(main)).toBeTruthy();
  expect(screen.queryByText('Records merged.')).toBeNull();
});
