import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ImportApp } from '../../../src/widget/import/ImportApp';
import { seededClient } from '../support/seeded-client';

afterEach(cleanup);

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
};

const CSV = [
  'Last Name,Mail,Company',
  'Ngata,ana@ngata.example,Kiwi Ltd',
  'Ngata,ANA@ngata.example,Kiwi',
].join('\n');

const readFile = async (
  storage: ReturnType<typeof memoryStorage>,
  client = seededClient('sandbox-admin').client,
  module = 'Leads',
  csv = CSV,
) => {
  render(<ImportApp client={client} storage={storage} link={() => null} />);
  fireEvent.change(screen.getByRole('combobox', { name: 'Module' }), { target: { value: module } });
  fireEvent.input(screen.getByRole('textbox'), { target: { value: csv } });
  fireEvent.click(screen.getByRole('button', { name: 'Read' }));
  await screen.findByRole('heading', { name: 'Columns' });
};

describe('the import page', () => {
  test('guesses columns from headers, lets the admin map the rest, and remembers it for the module', async () => {
    const storage = memoryStorage();
    await readFile(storage);
    expect(screen.getByRole('combobox', { name: 'Last Name' })).toHaveProperty('value', 'Last_Name');
    expect(screen.getByRole('combobox', { name: 'Mail' })).toHaveProperty('value', '');
    fireEvent.change(screen.getByRole('combobox', { name: 'Mail' }), { target: { value: 'Email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByRole('heading', { name: 'What Zoho will do' }, { timeout: 5000 });
    cleanup();
    await readFile(storage);
    expect(screen.getByRole('combobox', { name: 'Mail' })).toHaveProperty('value', 'Email');
  });

  test('reports a repeated email as refused, naming the earlier row, before anything is written', async () => {
    const storage = memoryStorage();
    const seeded = seededClient('sandbox-admin');
    await readFile(storage, seeded.client);
    fireEvent.change(screen.getByRole('combobox', { name: 'Mail' }), { target: { value: 'Email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const counts = await screen.findByText(
      /1 new · 0 update a record · 1 repeat an earlier row/,
      {},
      { timeout: 5000 },
    );
    expect(counts).toBeTruthy();
    const row2 = screen.getByText('Row 2').closest('li') as HTMLElement;
    expect(within(row2).getByText(/row 1 holds the same Email/)).toBeTruthy();
    expect(seeded.calls.filter((c) => c.startsWith('POST') || c.startsWith('PUT'))).toEqual([]);
  });

  test('names the groups of an Accounts file as companies', async () => {
    const accounts = [
      'Account Name,Billing Street,Phone',
      'Carole Robertson Center for Learning,2020 W Roosevelt Rd,3122437300',
      'Carole Robertson Center For Learning,2020 West Roosevelt Road,(312) 243-7300',
    ].join('\n');
    await readFile(memoryStorage(), seededClient('sandbox-admin').client, 'Accounts', accounts);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(
      await screen.findByRole('heading', { name: 'Groups of rows that are one company' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Groups of rows that are one person' })).toBeNull();
  });
});
