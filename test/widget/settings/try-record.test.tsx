import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { DEMO_DUPLICATES, DEMO_LEAD, SPECIAL_RECORDS } from '../../../src/sandbox/seed/index';
import { SettingsApp } from '../../../src/widget/settings/SettingsApp';
import type { CrmClient } from '../../../src/zoho/crm-client';
import { err } from '../../../src/zoho/result';
import { seededClient } from '../support/seeded-client';
import { zohoError } from './fake-client';

afterEach(cleanup);

const BOB = DEMO_DUPLICATES.nicknameLead;

/** The settings page over the seeded sandbox as its administrator, with "Try a record" opened for Leads. */
const openTry = async (client: CrmClient) => {
  render(<SettingsApp client={client} />);
  await screen.findByRole('heading', { name: 'Duplicate preview for Leads' });
  fireEvent.click(await screen.findByRole('button', { name: 'Try a record…' }));
  const section = screen.getByRole('region', { name: 'Try a record' });
  // The panel's code loads on first use.
  await within(section).findByRole('button', { name: 'Try' });
  const type = (label: string, value: string) =>
    fireEvent.input(within(section).getByLabelText(label), { target: { value } });
  const tryIt = async () => {
    const button = await within(section).findByRole<HTMLButtonElement>('button', { name: 'Try' });
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
  };
  return { section, type, tryIt };
};

/** The card of one found record, by the name the page gives it. */
const card = async (section: HTMLElement, name: string) =>
  (await within(section).findByRole('heading', { name })).closest('li') as HTMLElement;

/** The card of one found record, by its id. */
const cardById = async (section: HTMLElement, id: string) =>
  (await within(section).findByText(id, { exact: false })).closest('li') as HTMLElement;

const tierOf = (cardElement: HTMLElement) => cardElement.querySelector('.tier')?.textContent;

const rowOf = (cardElement: HTMLElement, label: string) =>
  within(cardElement).queryByRole('row', { name: new RegExp(`^${label}\\b`) });

const typeBob = (type: (label: string, value: string) => void) => {
  type('First Name', 'Robert');
  type('Last Name', 'Smith');
  type('Phone', '5550102000');
};

describe('trying a record on the settings page', { timeout: 30_000 }, () => {
  test('a sample that agrees on a nickname and a phone number finds the seeded Lead as likely, field by field', async () => {
    const { client, calls } = seededClient('sandbox-admin');
    const { section, type, tryIt } = await openTry(client);
    expect(
      within(section).getByText(/Each try is one preview check and spends about 7 API credits/),
    ).toBeTruthy();
    typeBob(type);
    const before = calls.length;
    await tryIt();
    const bob = await card(section, 'Bob Smith');
    expect(within(bob).getByText(BOB.id, { exact: false })).toBeTruthy();
    expect(tierOf(bob)).toMatch(/^Likely duplicate · score \d+(\.\d)?%$/);
    expect(rowOf(bob, 'First Name')?.textContent).toBe('First NameRobertBobagrees: nickname');
    expect(rowOf(bob, 'Phone')?.textContent).toBe(
      `Phone5550102000${BOB.values.Phone}agrees: same number, other format`,
    );
    expect(rowOf(bob, 'Last Name')?.textContent).toBe('Last NameSmithSmithagrees: exact');
    // The same searches the preview makes, through the client: one per module searched.
    const searches = calls.slice(before).filter((c) => c.endsWith('/search'));
    expect(searches.sort()).toEqual([
      'GET /crm/v8/Accounts/search',
      'GET /crm/v8/Contacts/search',
      'GET /crm/v8/Leads/search',
    ]);
    expect(within(section).getByRole('status').textContent).toMatch(
      /^\d+ records found in Leads, Contacts, Accounts\.$/,
    );
  });

  test('raising a threshold in the form, unsaved, changes the tier shown without searching again', async () => {
    const { client, calls } = seededClient('sandbox-admin');
    const { section, type, tryIt } = await openTry(client);
    typeBob(type);
    await tryIt();
    const bob = await card(section, 'Bob Smith');
    expect(tierOf(bob)).toMatch(/^Likely duplicate/);
    const after = calls.length;
    fireEvent.input(screen.getByLabelText('Likely duplicate from'), { target: { value: '100' } });
    expect(tierOf(await card(section, 'Bob Smith'))).toMatch(/^Possible duplicate/);
    fireEvent.input(screen.getByLabelText('Possible duplicate from'), { target: { value: '100' } });
    const below = await card(section, 'Bob Smith');
    expect(tierOf(below)).toMatch(/^Below your thresholds: the preview would not show it/);
    // Records the preview would not show wait behind one line.
    expect(below.closest('details')?.querySelector('summary')?.textContent).toMatch(
      /^\d+ more records? found below your thresholds$/,
    );
    expect(calls.slice(after)).toEqual([]);
    expect(screen.getByText('You have unsaved changes.')).toBeTruthy();
  });

  test('the try runs the unsaved rules: a field taken out of matching loses its input and its row', async () => {
    const { client } = seededClient('sandbox-admin');
    const { section, type, tryIt } = await openTry(client);
    typeBob(type);
    await tryIt();
    expect(rowOf(await card(section, 'Bob Smith'), 'Phone')).not.toBeNull();
    const rules = screen.getByRole('group', { name: 'Fields used to find likely duplicates' });
    fireEvent.change(within(rules).getByLabelText('Phone'), { target: { value: '' } });
    expect(within(section).queryByLabelText('Phone')).toBeNull();
    expect(within(section).getByText(/The fields or modules changed since this try/)).toBeTruthy();
    await tryIt();
    await waitFor(() => expect(within(section).queryByText(/changed since this try/)).toBeNull());
    const bob = await card(section, 'Bob Smith');
    expect(rowOf(bob, 'Phone')).toBeNull();
    expect(rowOf(bob, 'First Name')?.textContent).toBe('First NameRobertBobagrees: nickname');
  });

  test('a value Zoho’s own unique check refuses says so on the record it clashes with, and only there', async () => {
    const { client } = seededClient('sandbox-admin');
    const { section, type, tryIt } = await openTry(client);
    type('Email', DEMO_LEAD.values.Email.toUpperCase());
    await tryIt();
    const lead = await cardById(section, DEMO_LEAD.id);
    expect(within(lead).getByText('Zoho itself refuses the save: Email must be unique.')).toBeTruthy();
    expect(rowOf(lead, 'Email')?.textContent).toMatch(/agrees: same apart from letter case$/);
    const contact = await cardById(section, DEMO_DUPLICATES.emailCaseContact.id);
    expect(within(contact).queryByText(/refuses the save/)).toBeNull();
  });

  test('a failed search says why and keeps the typed values', async () => {
    const seeded = seededClient('sandbox-admin');
    const tooMany = { ...zohoError('TOO_MANY_REQUESTS'), status: 429 };
    const client: CrmClient = { ...seeded.client, search: async () => err(tooMany) };
    const { section, type, tryIt } = await openTry(client);
    typeBob(type);
    await tryIt();
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toBe(
      'The check failed: Too many requests at once. Wait a moment and try again. (TOO_MANY_REQUESTS) Your values are kept; try again when Zoho answers.',
    );
    expect(within(section).getByLabelText<HTMLInputElement>('First Name').value).toBe('Robert');
    expect(within(section).getByLabelText<HTMLInputElement>('Phone').value).toBe('5550102000');
    expect(within(section).queryByRole('listitem')).toBeNull();
    expect(within(section).getByRole<HTMLButtonElement>('button', { name: 'Try' }).disabled).toBe(false);
  });

  test('HTML in the typed values and in the record is shown as text', async () => {
    const { client } = seededClient('sandbox-admin');
    const html = SPECIAL_RECORDS.html.values;
    const { section, type, tryIt } = await openTry(client);
    type('First Name', html.First_Name);
    type('Last Name', html.Last_Name);
    type('Company', html.Company);
    await tryIt();
    const mallory = await card(section, `${html.First_Name} ${html.Last_Name}`);
    expect(rowOf(mallory, 'Company')?.textContent).toContain(`${html.Company}${html.Company}`);
    expect(section.querySelector('img, b')).toBeNull();
  });
});
