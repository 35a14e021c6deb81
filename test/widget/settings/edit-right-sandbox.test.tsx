import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { createSandbox, createStore } from '../../../src/sandbox/index';
import { SALES_MANAGER } from '../../../src/sandbox/metadata/profiles';
import { REP_1, SEED_USERS } from '../../../src/sandbox/seed';
import { INSTALLED_VARIABLES } from '../../../src/sandbox/seed/installed-variables';
import { createZohoShim } from '../../../src/sandbox/shim/zoho-shim';
import { SettingsApp } from '../../../src/widget/settings/SettingsApp';
import { createSdkClient } from '../../../src/zoho/sdk-client';
import { SETTINGS_VARIABLE } from '../../../src/zoho/settings-codec';
import type { ZohoSdk } from '../../../src/zoho/zoho-sdk';

afterEach(cleanup);

/** The settings page over the SDK adapter and the window.ZOHO stand-in, signed in with `token`. */
const openAs = async (token: string) => {
  const store = createStore({ path: ':memory:' });
  for (const v of INSTALLED_VARIABLES) store.putVariable(v);
  store.replaceUsers([
    ...SEED_USERS,
    { ...REP_1, id: '4876000000000411004', token: 'sandbox-manager', profileId: SALES_MANAGER.id },
  ]);
  const sandbox = createSandbox({ store });
  const shim = createZohoShim({
    fetch: (input, init) => sandbox.handleRequest(new Request(input, init)),
    baseUrl: 'http://sandbox.test',
    token,
    host: { send: () => {}, listen: () => {} },
  });
  const client = createSdkClient(shim as unknown as ZohoSdk, { session: shim.zrc ?? null });
  render(<SettingsApp client={client} />);
  await screen.findByRole('heading', { name: 'Duplicate preview for Leads' });
  return store;
};

describe("the settings page reads the sandbox profile's permissions through the SDK", () => {
  test('a user of the custom Sales Manager profile saves the settings into the org variable', async () => {
    const store = await openAs('sandbox-manager');
    const save = await screen.findByRole('button', { name: 'Save settings' });
    fireEvent.click(screen.getByLabelText(/Block the save/));
    fireEvent.click(save);
    await screen.findByText(/^Saved\./);
    const saved = store.variables().find((v) => v.apiName === SETTINGS_VARIABLE)?.value ?? 'null';
    expect(JSON.parse(saved).modules.Leads.onSave).toBe('block');
  });

  test('a rep of the Standard profile, which may not read profiles, sees the settings read-only', async () => {
    await openAs('sandbox-rep-1');
    await screen.findByText(/Your Zoho CRM profile may not change these settings/);
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });
});
