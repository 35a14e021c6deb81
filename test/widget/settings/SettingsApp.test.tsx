import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/dedupe/settings';
import { SettingsApp } from '../../../src/widget/settings/SettingsApp';
import { encodeSettings, SETTINGS_VARIABLE } from '../../../src/zoho/settings-codec';
import { fakeClient, noPermission, zohoError } from './fake-client';

afterEach(cleanup);

const open = async (fake: ReturnType<typeof fakeClient>) => {
  render(<SettingsApp client={fake.client} />);
  await screen.findByRole('heading', { name: 'Duplicate preview for Leads' });
};
const saved = (fake: ReturnType<typeof fakeClient>) =>
  JSON.parse(fake.variables.get(SETTINGS_VARIABLE) ?? 'null');

describe('settings page', () => {
  test('an admin raises the likely threshold and switches Leads to block, and the org variable says so', async () => {
    const fake = fakeClient({ variable: encodeSettings(DEFAULT_SETTINGS) });
    await open(fake);
    fireEvent.input(screen.getByLabelText('Likely duplicate from'), { target: { value: '92' } });
    fireEvent.click(screen.getByLabelText(/Block the save/));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/^Saved\./);
    expect(saved(fake).modules.Leads).toMatchObject({
      onSave: 'block',
      thresholds: { likely: 0.92, possible: 0.6 },
    });
    expect(saved(fake).modules.Contacts.onSave).toBe('warn');
  });

  test('a rep sees the settings read-only, with no way to save them', async () => {
    const fake = fakeClient({ variable: encodeSettings(DEFAULT_SETTINGS), profile: 'Standard' });
    await open(fake);
    await screen.findByText(/Your Zoho CRM profile may not change these settings/);
    expect(screen.getByLabelText('Likely duplicate from').closest('fieldset[disabled]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });

  test('when Zoho does not say who the user is, the settings stay read-only', async () => {
    const fake = fakeClient({ variable: encodeSettings(DEFAULT_SETTINGS), profile: null });
    await open(fake);
    await screen.findByText(/did not say whether your profile may change these settings/);
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });

  test('a corrupt org variable shows the defaults and a note saying so', async () => {
    const fake = fakeClient({ variable: '{"version":1,"modules":{"Leads":{"enabled":"yes"}}}' });
    await open(fake);
    expect(screen.getByText(/could not be read/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Likely duplicate from').value).toBe('85');
    expect(screen.getByLabelText<HTMLInputElement>(/Warn, and let them save/).checked).toBe(true);
  });

  test('with no saved settings the defaults apply and the page says nothing was saved yet', async () => {
    await open(fakeClient());
    expect(screen.getByText(/No settings have been saved yet/)).toBeTruthy();
  });

  test('possible above likely is flagged and cannot be saved', async () => {
    const fake = fakeClient();
    await open(fake);
    fireEvent.input(screen.getByLabelText('Possible duplicate from'), { target: { value: '95' } });
    expect(screen.getByText(/must be between 0 and/)).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Save settings' }).disabled).toBe(true);
  });

  test('a refused save is explained and keeps the changes', async () => {
    const fake = fakeClient({ saveError: zohoError('NO_PERMISSION') });
    await open(fake);
    fireEvent.click(screen.getByLabelText(/Block the save/));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Not saved: Your profile may not change this.*\(NO_PERMISSION\)/);
    expect(screen.getByLabelText<HTMLInputElement>(/Block the save/).checked).toBe(true);
  });

  test('a field can be taken out of matching and another given a method', async () => {
    const fake = fakeClient();
    await open(fake);
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Secondary Email'), { target: { value: 'exact' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/^Saved\./);
    const fields = saved(fake).modules.Leads.fields.map((f: { field: string }) => f.field);
    expect(fields).not.toContain('Company');
    expect(fields).toContain('Secondary_Email');
  });

  test('plain text fields are offered only after asking for every text field', async () => {
    await open(fakeClient());
    await screen.findByLabelText('Secondary Email');
    expect(screen.queryByLabelText('Title')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show every text field' }));
    expect(screen.getByLabelText('Title')).toBeTruthy();
  });
});

/** Get Profile's permissions_details as Zoho names them: the settings need "Manage Zoho CRM Variables". */
const variables = (enabled: boolean) => [
  { name: 'Crm_Implied_Manage_Users', enabled: true },
  { name: 'Crm_Implied_Variables_Access', enabled },
  { name: 'Crm_Implied_Customize_Zoho_CRM', enabled },
];
const withSettings = (over: Parameters<typeof fakeClient>[0]) =>
  fakeClient({ variable: encodeSettings(DEFAULT_SETTINGS), ...over });
const readOnly = async () => {
  expect(screen.getByLabelText('Likely duplicate from').closest('fieldset[disabled]')).not.toBeNull();
  expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
};

describe("who may change the settings: the signed-in user's profile permissions", () => {
  test('a custom profile with the “Manage Zoho CRM Variables” permission can save the settings', async () => {
    const fake = withSettings({ profile: 'Sales Manager', permissions: variables(true) });
    await open(fake);
    const save = await screen.findByRole('button', { name: 'Save settings' });
    fireEvent.click(screen.getByLabelText(/Block the save/));
    fireEvent.click(save);
    await screen.findByText(/^Saved\./);
    expect(saved(fake).modules.Leads.onSave).toBe('block');
    expect(screen.queryByRole('note')).toBeNull();
  });

  test('the Standard profile, whose permissions say no, sees the settings read-only', async () => {
    await open(withSettings({ profile: 'Standard', permissions: variables(false) }));
    await screen.findByText(/Your Zoho CRM profile may not change these settings/);
    await readOnly();
  });

  test('a profile named Administrator that lacks the permission is read-only: a name is no right', async () => {
    await open(withSettings({ profile: 'Administrator', permissions: variables(false) }));
    await screen.findByText(/Your Zoho CRM profile may not change these settings/);
    await readOnly();
  });

  test('when Zoho refuses to show the profile, only the built-in Administrator keeps the controls', async () => {
    await open(withSettings({ profile: 'Administrator', permissions: noPermission }));
    await screen.findByRole('button', { name: 'Save settings' });
    cleanup();
    await open(withSettings({ profile: 'Sales Manager', permissions: noPermission }));
    await screen.findByText(/Your Zoho CRM profile may not change these settings/);
    await readOnly();
  });

  test('a failed read of the profile keeps the page read-only with a note that Zoho did not say', async () => {
    await open(withSettings({ profile: 'Administrator', permissions: { kind: 'timeout', ms: 10_000 } }));
    const note = await screen.findByRole('note');
    expect(note.textContent).toMatch(/did not say whether your profile may change these settings/);
    expect(note.textContent).toMatch(/Reload the page to ask again/);
    await readOnly();
  });

  test('a profile answer that does not list the permission decides nothing: read-only, with the note', async () => {
    await open(withSettings({ permissions: [{ name: 'Crm_Implied_Manage_Users', enabled: true }] }));
    await screen.findByText(/did not say whether your profile may change these settings/);
    await readOnly();
  });
});

describe("Zoho's own configuration", () => {
  test('shows the system duplicate check field and the unique fields', async () => {
    await open(fakeClient());
    const panel = screen.getByRole('region', { name: "Zoho CRM's own duplicate check" });
    await within(panel).findByText('Secondary Email');
    expect(within(panel).getByText('Email')).toBeTruthy();
  });

  test('turning the Leads preference on for Contacts calls Zoho and shows it is on', async () => {
    const fake = fakeClient();
    await open(fake);
    fireEvent.click(await screen.findByLabelText('Also refuse Leads that match a Contact'));
    fireEvent.click(screen.getByRole('button', { name: 'Apply in Zoho CRM' }));
    await screen.findByText('Zoho CRM accepted the change.');
    expect(fake.state.calls).toEqual(['save mapped_module_records']);
    expect(fake.state.preference?.fieldMappings).toEqual([{ currentField: 'Email', mappedField: 'Email' }]);
    expect(screen.getByText(/Now: on — Zoho also checks Contacts/)).toBeTruthy();
  });

  test('turning the preference off deletes it in Zoho', async () => {
    const fake = fakeClient({
      preference: { type: 'converted_records', mappedModule: null, fieldMappings: [] },
    });
    await open(fake);
    fireEvent.click(await screen.findByLabelText('Off'));
    fireEvent.click(screen.getByRole('button', { name: 'Apply in Zoho CRM' }));
    await screen.findByText('Zoho CRM accepted the change.');
    expect(fake.state.calls).toEqual(['delete']);
    expect(screen.getByText(/Now: off/)).toBeTruthy();
  });

  test("Zoho's refusal of the preference is explained in words", async () => {
    const fake = fakeClient({ preferenceError: zohoError('INVALID_DATA', { api_name: 'mapped_field' }) });
    await open(fake);
    fireEvent.click(await screen.findByLabelText('Also refuse Leads that match a converted Lead'));
    fireEvent.click(screen.getByRole('button', { name: 'Apply in Zoho CRM' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Zoho rejected the value for mapped_field: invalid data. (INVALID_DATA)');
    expect(screen.getByText(/Now: off/)).toBeTruthy();
  });
});

describe('credit estimate', () => {
  test('switching Deals on adds its cost at once', async () => {
    await open(fakeClient());
    const credits = screen.getByRole('region', { name: 'API credits this costs' });
    expect(within(credits).queryByText(/Deals:/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Deals/ }));
    await screen.findByRole('heading', { name: 'Duplicate preview for Deals' });
    fireEvent.click(screen.getByLabelText('Check new and edited Deals for duplicates'));
    expect(within(credits).getByText('Deals: about 7 credits per checked record')).toBeTruthy();
  });

  test('more reps cost more credits a day', async () => {
    await open(fakeClient());
    const perDay = () => screen.getByText(/credits a day of/).textContent;
    const before = perDay();
    fireEvent.input(screen.getByLabelText('Sales reps'), { target: { value: '20' } });
    expect(perDay()).not.toBe(before);
    expect(perDay()).toMatch(/About 15,600 credits a day/);
  });

  test('the org’s edition and user licenses are pre-filled, and the allowance follows the licenses', async () => {
    await open(fakeClient({ org: { edition: 'professional', userLicenses: 25 } }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Licensed users').value).toBe('25'));
    expect(screen.getByLabelText<HTMLSelectElement>('Zoho CRM edition').value).toBe('professional');
    expect(screen.getByLabelText<HTMLInputElement>('Sales reps').value).toBe('25');
    // Professional: 50,000 + 500 per user license.
    expect(screen.getByText(/credits a day of 62,500/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Sales reps'), { target: { value: '5' } });
    expect(screen.getByText(/credits a day of 62,500/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Zoho CRM edition'), { target: { value: 'enterprise' } });
    expect(screen.getByText(/credits a day of 75,000/)).toBeTruthy();
  });

  test('when the org says nothing of its licenses, or cannot be read, the defaults stay', async () => {
    for (const org of [{ edition: 'bigin-premier', userLicenses: null }, null]) {
      const fake = fakeClient({ org });
      const getOrg = vi.spyOn(fake.client, 'getOrg');
      await open(fake);
      // The org's answer has arrived and been rendered before anything is read off the page.
      await waitFor(() => expect(getOrg).toHaveBeenCalledTimes(1));
      await act(async () => {
        await getOrg.mock.results[0]?.value;
      });
      expect(screen.getByLabelText<HTMLSelectElement>('Zoho CRM edition').value).toBe('enterprise');
      expect(screen.getByLabelText<HTMLInputElement>('Licensed users').value).toBe('10');
      expect(screen.getByLabelText<HTMLInputElement>('Sales reps').value).toBe('10');
      cleanup();
    }
  });

  test('an edit made before the org answers is kept', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const fake = fakeClient({ org: { edition: 'standard', userLicenses: 40 } });
    const getOrg = fake.client.getOrg;
    const client = {
      ...fake.client,
      getOrg: () =>
        new Promise<Awaited<ReturnType<typeof getOrg>>>((resolve) => {
          answer = () => void getOrg().then(resolve);
        }),
    };
    render(<SettingsApp client={client} />);
    await screen.findByRole('heading', { name: 'Duplicate preview for Leads' });
    fireEvent.input(screen.getByLabelText('Sales reps'), { target: { value: '3' } });
    answer(null);
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Licensed users').value).toBe('40'));
    expect(screen.getByLabelText<HTMLInputElement>('Sales reps').value).toBe('3');
    expect(screen.getByLabelText<HTMLSelectElement>('Zoho CRM edition').value).toBe('standard');
  });

  test('past 80% of the daily allowance the page warns', async () => {
    await open(fakeClient());
    expect(screen.queryByText(/of the daily API credits/)).toBeNull();
    fireEvent.input(screen.getByLabelText('Records each enters per day'), { target: { value: '150' } });
    expect(screen.getByText(/would use \d+% of the daily API credits/)).toBeTruthy();
  });
});
