import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadNicknameList } from '../../src/dedupe/nicknames';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import type { CheckAnswer, Checker } from '../../src/widget/check/types';
import type { CrmError } from '../../src/zoho/crm-error';
import type { Result } from '../../src/zoho/result';
import { answering, blocking, lead, ports, possible, renderApp, startData } from './support/fixtures';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the duplicate preview', () => {
  test('the live region exists before any answer and idle asks for input', () => {
    renderApp(ports(), startData({ values: {} }));
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByText(/Type an email, phone or name/)).toBeTruthy();
  });

  test('a quick answer never flashes "Looking for duplicates"', async () => {
    vi.useFakeTimers();
    let answer: (r: Result<CheckAnswer, CrmError>) => void = () => {};
    const check: Checker = () =>
      new Promise((done) => {
        answer = done;
      });
    renderApp(ports({ check }));
    await act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(screen.getByRole('status').textContent).toBe('');
    await act(async () => {
      answer({ ok: true, value: { matches: [], modules: ['Leads'] } });
      for (let i = 0; i < 5; i++) await Promise.resolve();
    });
    expect(screen.getByRole('status').textContent).toBe('No duplicates found in Leads.');
  });

  test('a slow answer says it is checking after 150 ms', async () => {
    vi.useFakeTimers();
    renderApp(ports());
    await act(() => {
      vi.advanceTimersByTime(151);
    });
    expect(screen.getByRole('status').textContent).toBe('Looking for duplicates…');
  });

  test('a found duplicate shows name, module, owner, the copyable id, link, how it compares and that Zoho will block', async () => {
    renderApp(ports({ check: answering([blocking(lead())]) }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 likely duplicate found.'));
    const card = within(screen.getByRole('region', { name: 'Possible duplicates' })).getByRole('listitem');
    expect(within(card).getByRole('heading').textContent).toBe('Ada Lovelace');
    expect(card.textContent).toContain('Zoho will block this save (Email must be unique)');
    expect(card.textContent).toContain('Grace Hopper');
    expect(within(card).getByRole('button', { name: 'Copy ID 5001' })).toBeTruthy();
    expect(card.textContent).toContain('Lead');
    expect(card.textContent).toContain(
      'Email ADA@example.com → ada@example.com (same apart from letter case)',
    );
    const link = within(card).getByRole('link', { name: /Open record.*Ada Lovelace/ });
    expect(link.getAttribute('href')).toBe('https://crm.zoho.eu/crm/org42/tab/Leads/5001');
  });

  test('a converted Lead is called so and a fuzzy match says the save can go ahead', async () => {
    renderApp(ports({ check: answering([possible(lead({ converted: true }))]) }));
    const card = await screen.findByRole('listitem');
    expect(card.textContent).toContain('converted Lead');
    expect(card.textContent).toContain('Possible duplicate — you can still save');
    expect(card.textContent).toContain('Phone 5550102000 (same number, other format)');
  });

  test('more than five matches show five, then all on request', async () => {
    const many = Array.from({ length: 7 }, (_, i) => possible(lead({ id: `id${i}` })));
    renderApp(ports({ check: answering(many) }));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(5));
    fireEvent.click(screen.getByRole('button', { name: 'Show all 7' }));
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(7);
  });

  test('no match says which modules were searched', async () => {
    renderApp(ports({ check: answering([]) }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('No duplicates found in Leads and Contacts.'),
    );
  });

  test.each([
    [{ kind: 'offline', message: 'x' }, 'You seem to be offline'],
    [{ kind: 'timeout', ms: 5000 }, 'took too long'],
    [
      { kind: 'zoho', status: 403, code: 'NO_PERMISSION', message: '', details: {}, clashes: [] },
      'permission',
    ],
    [
      { kind: 'zoho', status: 429, code: 'TOO_MANY_REQUESTS', message: '', details: {}, clashes: [] },
      'API allowance',
    ],
  ] as const)('a failure (%o) is told in plain words and Retry checks again', async (error, words) => {
    const check = vi.fn<Checker>(async () => ({ ok: false, error }));
    renderApp(ports({ check }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(words));
    expect(screen.getByRole('status').textContent).not.toContain('{');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(check).toHaveBeenCalledTimes(2));
  });

  test('a possible duplicate says which fields differ: the first name that keeps a family member from being a likely one', async () => {
    await loadNicknameList();
    const home = { Last_Name: 'Campbell', Street: '41 Albert Road', City: 'Derby', Zip_Code: 'DE1 3HN' };
    const typed = { First_Name: 'Sarah', ...home };
    const hannah = lead({ values: { First_Name: 'Hannah', ...home } });
    const matches = scoreCandidates(typed, [hannah], { module: 'Leads' });
    expect(matches.map((m) => m.classification)).toEqual(['possible']);
    renderApp(ports({ check: answering(matches) }), startData({ values: typed }));
    const card = await screen.findByRole('listitem');
    expect(card.textContent).toContain('Differs: First Name Sarah ≠ Hannah');
    // Fields that agree are not listed as differing.
    expect(card.querySelector('.differs')?.textContent).not.toContain('Last Name');
  });

  test('a record named like markup renders as text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const values = { Last_Name: name, Email: 'x@example.com' };
    renderApp(ports({ check: answering([possible(lead({ values }))]) }));
    const heading = await screen.findByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(name);
    expect(document.querySelector('img')).toBeNull();
  });
});

test('before start data arrives the live region is already there, and the widget says it is connecting', async () => {
  const { render } = await import('@testing-library/preact');
  const { App } = await import('../../src/widget/components/App');
  render(<App session={null} hint="starting" resize={() => {}} cache={new Map()} />);
  expect(screen.getByRole('status').textContent).toBe('');
  expect(screen.getByText('Connecting to Zoho CRM…')).toBeTruthy();
});
