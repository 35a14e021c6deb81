import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import en from '../../app/translations/en.json';
import type { CandidateRecord } from '../../src/dedupe/types';
import { errorText } from '../../src/widget/format';
import { createTranslator } from '../../src/widget/i18n/translate';
import { guardedWrite } from '../../src/widget/merge/guarded-write';
import { answering, blocking, ports, renderApp, startData } from './support/fixtures';
import { loseAnswer, writeSandbox } from './support/write-sandbox';

afterEach(cleanup);

const form = { Last_Name: 'Lovelace', Email: 'ada@example.com', Phone: '555 0100', Company: 'Engines Ltd' };

/** A Lead in the sandbox, the save popup offering to update it, and the merge view open on it. */
const openUpdate = async (box = writeSandbox()) => {
  const id = await box.lead({ First_Name: 'Ada', Last_Name: 'Lovelace', Email: 'ada@example.com' });
  const got = await box.rep.getRecord('Leads', id);
  if (!got.ok) throw new Error('the seeded Lead cannot be read');
  const shown: CandidateRecord = got.value;
  renderApp(
    ports({ client: box.rep, check: answering([blocking(shown)]), clock: box.clock }),
    startData({ placement: 'popup', values: form }),
  );
  fireEvent.click(await screen.findByRole('button', { name: /Update this record instead/ }));
  await screen.findByRole('button', { name: 'Update record' });
  return { box, id };
};

const takeFromForm = (field: string) =>
  fireEvent.click(
    within(screen.getByRole('group', { name: new RegExp(field) })).getByRole('radio', {
      name: /From the form/,
    }),
  );

test.each([
  ['in the same second as the preview', 0],
  ['a second after the preview', 1000],
])('a colleague editing the field %s is shown the rep and never overwritten', async (_, later) => {
  const { box, id } = await openUpdate();
  takeFromForm('Company');
  box.tick(later);
  await box.colleague.update('Leads', [{ id, Company: 'Babbage & Co' }]);
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText(/Someone changed this record/);
  expect(box.valueOf(id, 'Company')).toBe('Babbage & Co');
  expect(screen.getByRole('group', { name: /Company/ }).textContent).toContain('Babbage & Co');
  // Having seen it, the rep may still choose the form's value.
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText('Record updated.');
  expect(box.valueOf(id, 'Company')).toBe('Engines Ltd');
});

test('a target whose Email a colleague changed is updated by id, and no record is created', async () => {
  const { box, id } = await openUpdate();
  const before = box.leadCount();
  await box.colleague.update('Leads', [{ id, Email: 'ada.lovelace@example.com' }]);
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText('Record updated.');
  expect(box.leadCount()).toBe(before);
  expect(box.valueOf(id, 'Phone')).toBe('555 0100');
  expect(box.valueOf(id, 'Email')).toBe('ada.lovelace@example.com');
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await screen.findByText('Your change was undone.');
  expect(box.leadCount()).toBe(before);
  expect(box.valueOf(id, 'Email')).toBe('ada.lovelace@example.com');
});

test('a target converted meanwhile is reported, and nothing is written or created', async () => {
  const { box, id } = await openUpdate();
  const before = box.leadCount();
  const converted = await box.sandbox.handleRequest(
    new Request(`http://sandbox.test/crm/v8/Leads/${id}/actions/convert`, {
      method: 'POST',
      headers: { Authorization: 'Zoho-oauthtoken sandbox-admin' },
      body: JSON.stringify({ data: [{}] }),
    }),
  );
  expect(converted.status).toBe(200);
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText('This Lead was converted meanwhile, so nothing was changed.');
  expect(box.leadCount()).toBe(before);
  expect(box.valueOf(id, 'Phone')).toBeNull();
});

test('a target deleted meanwhile is reported, and no record is created', async () => {
  const { box, id } = await openUpdate();
  const before = box.leadCount();
  box.store.remove(id);
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText('This record was deleted meanwhile, so nothing was changed.');
  expect(box.leadCount()).toBe(before - 1);
});

test('Undo never reverts a colleague edit made in the same second as the update; it shows it and asks', async () => {
  const { box, id } = await openUpdate();
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText('Record updated.');
  await box.colleague.update('Leads', [{ id, Phone: '555 0199' }]);
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await screen.findByText(/Someone changed this record after your update/);
  expect(box.valueOf(id, 'Phone')).toBe('555 0199');
  expect(screen.getByText('Phone: 555 0199')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Undo anyway' }));
  await screen.findByText('Your change was undone.');
  expect(box.valueOf(id, 'Phone')).toBeNull();
});

test.each(['network', 'html', 'timeout'] as const)(
  'an update that lands but whose answer is lost (%s) is reported as done, with Undo',
  async (how) => {
    const { box, id } = await openUpdate(writeSandbox({ timeoutMs: 200 }));
    box.onRequest(loseAnswer(how, (r) => r.method === 'PUT'));
    fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
    await screen.findByText('Record updated.');
    expect(box.valueOf(id, 'Phone')).toBe('555 0100');
    expect(screen.queryByText(/Someone changed/)).toBeNull();
    box.onRequest(null);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Your change was undone.');
  },
  10_000,
);

test('an update refused before it lands is reported as failed, and nothing changed', async () => {
  const { box, id } = await openUpdate();
  box.onRequest(async (request, send) =>
    request.method === 'PUT' ? new Response('<html>Service Unavailable</html>', { status: 503 }) : send(),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText('Zoho CRM answered something unexpected. Try again.');
  expect(box.valueOf(id, 'Phone')).toBeNull();
});

test('a 100,000-character value is refused by the sandbox and named clearly, and nothing changes', async () => {
  const box = writeSandbox();
  const id = await box.lead({ Last_Name: 'Lovelace' });
  const long = 'x'.repeat(100_000);
  const outcome = await guardedWrite(
    box.rep,
    {
      module: 'Leads',
      id,
      changes: [{ field: 'Company', from: 'Analytical', to: long }],
      payload: { Company: long },
    },
    box.clock,
  );
  expect(box.valueOf(id, 'Company')).toBe('Analytical');
  const t = createTranslator(en, en, 'en');
  expect(outcome.kind === 'failed' && errorText(t, outcome.error)).toBe(
    'Zoho CRM refused the value of Company: it allows at most 200 characters.',
  );
});

test('an update that lands only after the widget gave up is reported as done on Try again, never as a colleague’s change', async () => {
  const { box, id } = await openUpdate(writeSandbox({ timeoutMs: 200 }));
  let deliver: (() => Promise<Response>) | null = null;
  box.onRequest(async (request, send, signal) => {
    if (request.method !== 'PUT') return send();
    // Zoho holds the write past the widget's timeout and applies it afterwards.
    deliver = send;
    return new Promise((_, reject) =>
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    );
  });
  fireEvent.click(screen.getByRole('button', { name: 'Update record' }));
  await screen.findByText('Zoho CRM took too long to answer. Try again in a moment.');
  expect(box.valueOf(id, 'Phone')).toBeNull();

  box.onRequest(null);
  const late = deliver as (() => Promise<Response>) | null;
  expect(late).not.toBeNull();
  expect((await late?.())?.status).toBe(200);
  expect(box.valueOf(id, 'Phone')).toBe('555 0100');
  fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  await screen.findByText('Record updated.');
  expect(screen.queryByText(/Someone changed this record/)).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await screen.findByText('Your change was undone.');
  expect(box.valueOf(id, 'Phone')).toBeNull();
});
