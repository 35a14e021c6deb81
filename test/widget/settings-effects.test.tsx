import { cleanup, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { OnSave } from '../../src/dedupe/settings';
import type { Match } from '../../src/dedupe/types';
import type { Checker, Policy } from '../../src/widget/check/types';
import { blocking, lead, ports, possible, renderApp, startData } from './support/fixtures';

afterEach(cleanup);

const likely = (m: Match): Match => ({ ...m, classification: 'likely', score: 0.9, blockingFields: [] });
const policy = (over: Partial<Policy> = {}): Policy => ({
  off: false,
  onSave: 'warn',
  notice: null,
  ...over,
});
const answering =
  (matches: readonly Match[], p: Policy): Checker =>
  async () => ({ ok: true, value: { matches, modules: ['Leads', 'Contacts'], policy: p } });

/** The save popup over a checker answering `matches` under policy `p`; `script` is the Client Script's CONFIG.onSave. */
const popup = async (matches: readonly Match[], p: Policy, script: OnSave | null = null) => {
  const closed: unknown[] = [];
  renderApp(
    ports({ check: answering(matches, p), close: (r) => closed.push(r) }),
    startData({ placement: 'popup', onSave: script }),
  );
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''));
  // The decision bar loads with the popup: its choices are there, or it has let the save go on.
  await waitFor(() => expect(screen.queryByRole('button', { name: "Don't save" }) ?? closed[0]).toBeTruthy());
  return { saveAnyway: () => screen.queryByRole('button', { name: 'Save anyway' }), closed };
};

describe('the admin’s save rule in the popup', () => {
  test('warn offers "Save anyway" beside a likely duplicate', async () => {
    const { saveAnyway } = await popup([likely(possible(lead()))], policy({ onSave: 'warn' }));
    expect(saveAnyway()).not.toBeNull();
  });

  test('block never offers "Save anyway" beside a likely duplicate, and says why on the card', async () => {
    const { saveAnyway } = await popup([likely(possible(lead()))], policy({ onSave: 'block' }));
    expect(saveAnyway()).toBeNull();
    expect(screen.getByText("Likely duplicate — your admin's settings don't allow saving it")).toBeTruthy();
  });

  test('only possible duplicates leave nothing to decide: the popup lets the save go on, even under block', async () => {
    const { closed } = await popup([possible(lead())], policy({ onSave: 'block' }));
    await waitFor(() => expect(closed).toEqual([{ action: 'save' }]));
  });

  test('a duplicate Zoho will refuse never offers "Save anyway", even in warn mode', async () => {
    const { saveAnyway } = await popup([blocking(lead())], policy({ onSave: 'warn' }));
    expect(saveAnyway()).toBeNull();
    expect(screen.getByRole('button', { name: "Don't save" })).toBeTruthy();
  });

  test('the Client Script’s own block applies while the org has no saved settings', async () => {
    const { saveAnyway } = await popup([likely(possible(lead()))], policy({ notice: 'missing' }), 'block');
    expect(saveAnyway()).toBeNull();
  });

  test('saved settings win over the Client Script’s own rule', async () => {
    const { saveAnyway } = await popup([likely(possible(lead()))], policy({ onSave: 'warn' }), 'block');
    expect(saveAnyway()).not.toBeNull();
  });
});

describe('what the rep sees of the settings', () => {
  test('a module switched off is a calm state, not an error', async () => {
    renderApp(ports({ check: answering([], policy({ off: true })) }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Duplicate checks are off for Leads.'),
    );
    expect(screen.getByText(/An administrator can switch them on/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  test('unreadable saved settings show the defaults’ result with a small note', async () => {
    renderApp(ports({ check: answering([possible(lead())], policy({ notice: 'corrupt' })) }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 possible duplicate found.'));
    expect(screen.getByText(/the saved settings could not be read/)).toBeTruthy();
  });

  test('settings that were read leave no note', async () => {
    renderApp(ports({ check: answering([possible(lead())], policy()) }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 possible duplicate found.'));
    expect(screen.queryByText(/default duplicate settings/)).toBeNull();
  });

  test('a Contact the Leads preference makes Zoho refuse is named with the preference', async () => {
    const contact = blocking(lead({ module: 'Contacts', id: '7001', name: 'Only Contact' }));
    renderApp(ports({ check: answering([contact], policy()) }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 likely duplicate found.'));
    expect(
      screen.getByText(
        'Zoho will block this save: the Leads duplicate check preference compares Email with this Contact',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Only Contact' })).toBeTruthy();
  });
});
