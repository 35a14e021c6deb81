import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CheckAnswer, Checker, CheckRequest } from '../../src/widget/check/types';
import { CurrentUser } from '../../src/widget/components/current-user';
import type { CrmError } from '../../src/zoho/crm-error';
import type { Result } from '../../src/zoho/result';
import { answering, app, blocking, lead, ports, possible, renderApp, startData } from './support/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

type Answer = Result<CheckAnswer, CrmError>;

/** A checker whose every call waits until the test answers it, in the order the calls came. */
const controlled = () => {
  const pending: { request: CheckRequest; answer: (a: Answer) => void }[] = [];
  const check: Checker = (request) =>
    new Promise((answer) => {
      pending.push({ request, answer });
    });
  return { check, pending };
};

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

const status = () => screen.getByRole('status');

describe('each state of the panel', () => {
  test('checking: a slow first check says so, with no results to keep', async () => {
    vi.useFakeTimers();
    renderApp(ports());
    await act(() => {
      vi.advanceTimersByTime(151);
    });
    expect(status().textContent).toBe('Looking for duplicates…');
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  test('re-checking keeps the results in view with a small indicator, and never flashes "Looking for duplicates…"', async () => {
    vi.useFakeTimers();
    const { check, pending } = controlled();
    const p = ports({ check });
    const view = render(app(p, startData({ values: { Email: 'ada@example.com' } })));
    await act(async () => {
      pending[0]?.answer({ ok: true, value: { matches: [possible(lead())], modules: ['Leads'] } });
      await settle();
    });
    expect(status().textContent).toBe('1 possible duplicate found.');

    view.rerender(app(p, startData({ values: { Email: 'ada@example.com', Last_Name: 'Lovelace' } })));
    await act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(pending).toHaveLength(2);
    expect(status().textContent).not.toContain('Looking for duplicates');
    expect(status().textContent).toContain('1 possible duplicate found.');
    expect(status().textContent).toContain('Checking again…');
    expect(status().getAttribute('aria-busy')).toBe('true');
    expect(within(screen.getByRole('listitem')).getByRole('heading').textContent).toBe('Ada Lovelace');

    await act(async () => {
      pending[1]?.answer({ ok: true, value: { matches: [], modules: ['Leads'] } });
      await settle();
    });
    expect(status().textContent).toBe('No duplicates found in Leads.');
    expect(status().getAttribute('aria-busy')).toBeNull();
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  test('found: one visible heading, the status line, and a compact card per match', async () => {
    renderApp(ports({ check: answering([blocking(lead())]) }));
    await waitFor(() => expect(status().textContent).toBe('1 likely duplicate found.'));
    const visibleHeadings = screen
      .queryAllByRole('heading', { level: 2 })
      .filter((h) => !h.classList.contains('sr'));
    expect(visibleHeadings).toHaveLength(0);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  test('the status line counts the tiers the cards show: likely (Zoho blocking counts as likely) and possible', async () => {
    const likely = (id: string) => ({
      ...possible(lead({ id })),
      classification: 'likely' as const,
      score: 0.97,
    });
    renderApp(
      ports({ check: answering([blocking(lead()), likely('5002'), possible(lead({ id: '5003' }))]) }),
    );
    await waitFor(() => expect(status().textContent).toBe('3 possible duplicates found, 2 of them likely.'));
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    cleanup();
    renderApp(ports({ check: answering([likely('5002'), likely('5004')]) }));
    await waitFor(() => expect(status().textContent).toBe('2 likely duplicates found.'));
  });

  test('clear: says which fields were compared in which modules, and what was not checked', async () => {
    const check: Checker = async () => ({
      ok: true,
      value: {
        matches: [],
        modules: ['Leads', 'Contacts', 'Accounts'],
        searched: { Leads: ['Email', 'Website'], Contacts: ['Email'], Accounts: [] },
        unchecked: ['Secondary_Email'],
        labels: { Secondary_Email: 'Secondary Email' },
      },
    });
    renderApp(ports({ check }));
    await waitFor(() =>
      expect(status().textContent).toBe(
        "No duplicates for what you've typed so far (checked: Email and Website in Leads; Email in Contacts).",
      ),
    );
    expect(screen.getByText('Not checked: Secondary Email.')).toBeTruthy();
    expect(screen.getByText(/Records you don't have access to are not checked/)).toBeTruthy();
  });

  test('clear: fields compared the same way in several modules are named once', async () => {
    const check: Checker = async () => ({
      ok: true,
      value: {
        matches: [],
        modules: ['Leads', 'Contacts'],
        searched: { Leads: ['Email'], Contacts: ['Email'] },
      },
    });
    renderApp(ports({ check }));
    await waitFor(() =>
      expect(status().textContent).toBe(
        "No duplicates for what you've typed so far (checked: Email in Leads and Contacts).",
      ),
    );
    expect(screen.queryByText(/Not checked/)).toBeNull();
  });

  test('error: says what went wrong in plain words and offers to try again', async () => {
    const check: Checker = async () => ({ ok: false, error: { kind: 'offline', message: 'x' } });
    renderApp(ports({ check }));
    await waitFor(() => expect(status().textContent).toContain('You seem to be offline'));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  test('rate-limited: says checking pauses and resumes by itself', async () => {
    const error: CrmError = {
      kind: 'zoho',
      status: 429,
      code: 'TOO_MANY_REQUESTS',
      message: '',
      details: {},
      clashes: [],
      retryAfterMs: 60_000,
    };
    renderApp(ports({ check: async () => ({ ok: false, error }) }));
    await waitFor(() =>
      expect(status().textContent).toBe(
        'Zoho CRM asked us to slow down: checking pauses for 60 s and resumes by itself.',
      ),
    );
  });

  test('module off: says checks are off and who can switch them on, with no results', async () => {
    const check: Checker = async () => ({
      ok: true,
      value: { matches: [], modules: [], policy: { off: true, onSave: 'warn', notice: null } },
    });
    renderApp(ports({ check }));
    await waitFor(() => expect(status().textContent).toBe('Duplicate checks are off for Leads.'));
    expect(screen.getByText(/An administrator can switch them on/)).toBeTruthy();
    expect(screen.queryByRole('listitem')).toBeNull();
  });
});

describe('a flyout for a module the admin switched off', () => {
  const off: Checker = async () => ({
    ok: true,
    value: { matches: [], modules: [], policy: { off: true, onSave: 'warn', notice: null } },
  });

  test('closes itself once, telling the Client Script the module is off', async () => {
    const closeSelf = vi.fn();
    renderApp(ports({ check: off, closeSelf }));
    await waitFor(() => expect(closeSelf).toHaveBeenCalledWith({ off: true }));
    await settle();
    expect(closeSelf).toHaveBeenCalledTimes(1);
  });

  test('keeps its calm note where the CRM offers no way to close itself', async () => {
    renderApp(ports({ check: off, closeSelf: null }));
    await waitFor(() => expect(status().textContent).toBe('Duplicate checks are off for Leads.'));
  });

  test('a module that is on never closes the flyout', async () => {
    const closeSelf = vi.fn();
    renderApp(ports({ check: answering([]), closeSelf }));
    await waitFor(() => expect(status().textContent).toMatch(/^No duplicates/));
    expect(closeSelf).not.toHaveBeenCalled();
  });

  test('the save popup answers its Client Script instead: save, with off', async () => {
    const closeSelf = vi.fn();
    const close = vi.fn();
    renderApp(ports({ check: off, closeSelf, close }), startData({ placement: 'popup' }));
    await waitFor(() => expect(close).toHaveBeenCalledWith({ action: 'save', off: true }));
    expect(closeSelf).not.toHaveBeenCalled();
  });
});

describe('the owner of a match', () => {
  test('reads "you" when the signed-in user owns the record, on the card and in its details', async () => {
    render(
      <CurrentUser.Provider value="u1">
        {app(ports({ check: answering([possible(lead())]) }))}
      </CurrentUser.Provider>,
    );
    const card = await screen.findByRole('listitem');
    expect(card.querySelector('.meta')?.textContent).toMatch(/^Lead · you · \S/);
    expect(card.querySelector('.facts')?.textContent).toContain('Owneryou');
    expect(card.textContent).not.toContain('Grace Hopper');
  });

  test("reads the owner's name when someone else owns it", async () => {
    render(
      <CurrentUser.Provider value="u2">
        {app(ports({ check: answering([possible(lead())]) }))}
      </CurrentUser.Provider>,
    );
    const card = await screen.findByRole('listitem');
    expect(card.querySelector('.meta')?.textContent).toContain('Grace Hopper');
    expect(card.querySelector('.meta')?.textContent).not.toContain('you');
  });
});

describe('a flyout the rep hides', () => {
  const ada = possible(lead());
  const bob = possible(lead({ id: '5002', name: 'Bob Smith' }));

  test('stays hidden while re-checks find the same records, and comes back when the set changes', async () => {
    let matches = [ada];
    const check: Checker = async () => ({ ok: true, value: { matches, modules: ['Leads'] } });
    const p = ports({ check });
    const view = render(app(p, startData({ values: { Email: 'ada@example.com' } })));
    await screen.findByRole('listitem');
    fireEvent.click(screen.getByRole('button', { name: 'Hide until the matches change' }));
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByRole('button', { name: 'Show the matches' })).toBeTruthy();

    // Another value, the same record found: still hidden.
    view.rerender(app(p, startData({ values: { Email: 'ada@example.com', Last_Name: 'Lovelace' } })));
    await waitFor(() => expect(status().getAttribute('aria-busy')).toBeNull());
    await act(settle);
    expect(screen.queryByRole('listitem')).toBeNull();

    // A new record joins the matches: the panel opens again by itself.
    matches = [ada, bob];
    view.rerender(app(p, startData({ values: { Email: 'ada@example.com', Last_Name: 'Smith' } })));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(2));
  });

  test('"Show the matches" brings a hidden panel back at once', async () => {
    renderApp(ports({ check: answering([ada]) }));
    await screen.findByRole('listitem');
    fireEvent.click(screen.getByRole('button', { name: 'Hide until the matches change' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the matches' }));
    expect(screen.getByRole('listitem')).toBeTruthy();
  });

  test('outside the flyout (a create-page button) the panel offers no hiding', async () => {
    renderApp(ports({ check: answering([ada]) }), startData({ placement: 'button' }));
    await screen.findByRole('listitem');
    expect(screen.queryByRole('button', { name: 'Hide until the matches change' })).toBeNull();
  });
});
