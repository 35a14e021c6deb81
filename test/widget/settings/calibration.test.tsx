import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { type Calibration, DEFAULT_SETTINGS } from '../../../src/dedupe/settings';
import type { Values } from '../../../src/dedupe/types';
import { CalibrationPanel } from '../../../src/widget/settings/calibration/CalibrationPanel';
import { SettingsApp } from '../../../src/widget/settings/SettingsApp';
import type { CrmClient } from '../../../src/zoho/crm-client';
import type { CrmError } from '../../../src/zoho/crm-error';
import { err, ok } from '../../../src/zoho/result';
import { encodeSettings, SETTINGS_VARIABLE } from '../../../src/zoho/settings-codec';
import { knownPeople } from '../../dedupe/known-people';
import { fakeClient, zohoError } from './fake-client';

afterEach(cleanup);

const LEADS = DEFAULT_SETTINGS.modules.Leads;
if (!LEADS) throw new Error('Leads defaults missing');
const WAIT = { timeout: 10_000 };

/** COQL answers a page of `records` per query; each waits until the test lets it through when `gated`. */
const coqlOver = (records: readonly Values[], options: { gated?: boolean; fail?: CrmError } = {}) => {
  const queries: string[] = [];
  const waiting: (() => void)[] = [];
  const coql: CrmClient['coql'] = async (query) => {
    queries.push(query);
    if (options.gated) await new Promise<void>((resolve) => waiting.push(resolve));
    if (options.fail) return err(options.fail);
    const offset = Number(/offset (\d+)/.exec(query)?.[1] ?? 0);
    const page = records.slice(offset, offset + 200);
    return ok({ records: page, moreRecords: offset + 200 < records.length });
  };
  return { coql, queries, release: () => waiting.shift()?.() };
};

const renderPanel = (coql: CrmClient['coql'], onUse: (c: Calibration) => void = () => {}) => {
  const client: CrmClient = { ...fakeClient().client, coql };
  render(
    <CalibrationPanel
      client={client}
      module="Leads"
      moduleLabel="Leads"
      rules={LEADS.fields}
      thresholds={LEADS.thresholds}
      onUse={onUse}
    />,
  );
};

// About 540 records: three pages of COQL.
const people = knownPeople(400, 11).map((r) => r.values);

describe('calibration panel', { timeout: 30_000 }, () => {
  test('before reading it states the calls and credits the sample costs, and reads nothing', () => {
    const source = coqlOver(people);
    renderPanel(source.coql);
    expect(screen.getByText(/up to 10 API calls of 200 records each/).textContent).toMatch(
      /up to 10 API credits/,
    );
    expect(screen.getByRole('button', { name: 'Read up to 2,000 Leads' })).toBeTruthy();
    expect(source.queries).toEqual([]);
  });

  test('while reading it shows how many records it has so far, page by page', async () => {
    const source = coqlOver(people, { gated: true });
    renderPanel(source.coql);
    fireEvent.click(screen.getByRole('button', { name: 'Read up to 2,000 Leads' }));
    await screen.findByText('Reading records… 0 of up to 2,000 so far.');
    source.release();
    await screen.findByText('Reading records… 200 of up to 2,000 so far.');
    expect(source.queries[0]).toMatch(
      /^select id, Email, .* from Leads where id is not null order by id limit 200 offset 0$/,
    );
    expect(screen.queryByRole('button', { name: 'Read up to 2,000 Leads' })).toBeNull();
  });

  test('once learned it shows each weight beside its default and the expected precision and recall, thresholds marked', async () => {
    const source = coqlOver(people);
    const used: Calibration[] = [];
    renderPanel(source.coql, (c) => used.push(c));
    fireEvent.click(screen.getByRole('button', { name: 'Read up to 2,000 Leads' }));
    await screen.findByText(
      new RegExp(`Learned from ${people.length} records and \\d+ candidate pairs`),
      undefined,
      WAIT,
    );
    expect(source.queries).toHaveLength(Math.ceil(people.length / 200));
    const weights = screen.getByRole('table', { name: /Weight of each comparison level/ });
    const email = within(weights).getByRole('row', { name: /^Email/ });
    expect(email.querySelector('[data-level="exact"] .default')?.textContent).toBe('(default 15)');
    expect(email.querySelector('[data-level="exact"]')?.className).toBe('learned');
    // Company is not in the sample: its defaults stay and say so.
    const company = within(weights).getByRole('row', { name: /^Company/ });
    expect(company.querySelector('[data-level="exact"]')?.textContent).toBe('12 (not seen: default kept)');
    const curve = screen.getByRole('table', { name: /Expected precision and recall/ });
    expect(within(curve).getByRole('row', { name: /^85%.*Likely duplicate$/ })).toBeTruthy();
    expect(within(curve).getByRole('row', { name: /^60%.*Possible duplicate$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use these weights' }));
    expect(used).toHaveLength(1);
    expect(Object.keys(used[0]?.fields ?? {})).toEqual(LEADS.fields.map((f) => f.field));
  });

  test('a read Zoho refuses is an error that names the reason, and the admin can read again', async () => {
    const source = coqlOver(people, { fail: zohoError('OAUTH_SCOPE_MISMATCH') });
    renderPanel(source.coql);
    fireEvent.click(screen.getByRole('button', { name: 'Read up to 2,000 Leads' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^The records could not be read: /);
    expect(screen.getByRole('button', { name: 'Read up to 2,000 Leads' })).toBeTruthy();
  });

  test('a module with too few records says so and keeps the built-in weights', async () => {
    renderPanel(coqlOver(people.slice(0, 30)).coql);
    fireEvent.click(screen.getByRole('button', { name: 'Read up to 2,000 Leads' }));
    const alert = await screen.findByRole('alert', undefined, WAIT);
    expect(alert.textContent).toBe('30 records are too few to learn from; the built-in weights stay.');
  });
});

describe('calibration on the settings page', { timeout: 30_000 }, () => {
  const openSettings = async (variable: string) => {
    const fake = fakeClient({ variable });
    const client: CrmClient = { ...fake.client, coql: coqlOver(people).coql };
    render(<SettingsApp client={client} />);
    await screen.findByRole('heading', { name: 'Duplicate preview for Leads' });
    return fake;
  };
  const stored = (fake: ReturnType<typeof fakeClient>) =>
    JSON.parse(fake.variables.get(SETTINGS_VARIABLE) ?? 'null');

  test('"Use these weights" stores the learned weights with the settings; "Back to defaults" removes them', async () => {
    const fake = await openSettings(encodeSettings(DEFAULT_SETTINGS));
    fireEvent.click(await screen.findByRole('button', { name: 'Calibrate on my data…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Read up to 2,000 Leads' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Use these weights' }, WAIT));
    await screen.findByText(/^Saved\./);
    const learned = stored(fake).modules.Leads.calibration;
    expect(learned.fields.Email.exact).toEqual(expect.any(Number));
    expect(learned.prior).toBeLessThan(0);
    await screen.findByText(/Leads uses weights learned from your records/);

    fireEvent.click(screen.getByRole('button', { name: 'Back to defaults' }));
    await screen.findByText(/^Saved\./);
    await expect.poll(() => stored(fake).modules.Leads.calibration).toBeUndefined();
    expect(screen.queryByText(/Leads uses weights learned from your records/)).toBeNull();
    expect(stored(fake).modules.Leads.thresholds).toEqual(LEADS.thresholds);
  });
});
