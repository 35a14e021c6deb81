import { AxeBuilder } from '@axe-core/playwright';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { sandboxApi } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

const VARIABLE = 'duplicatepreview__settings';

const env = useSandboxAndBrowser();

const openSetup = async (as = 'sandbox-admin'): Promise<{ page: Page; settings: FrameLocator }> => {
  // A context of its own: axe's multi-frame run needs one.
  const page = await (await env.browser.newContext()).newPage();
  await page.goto(`${env.sandbox.origin}/sandbox/index.html?view=setup&as=${as}`);
  const settings = page.frameLocator('iframe[title="Duplicate Preview settings"]');
  await settings.getByRole('heading', { name: 'Duplicate preview for Leads' }).waitFor();
  return { page, settings };
};

const storedSettings = async () => {
  const body = (await sandboxApi(env.sandbox.origin, `/settings/variables/${VARIABLE}`)) as {
    variables?: { value?: string }[];
  } | null;
  return JSON.parse(body?.variables?.[0]?.value ?? 'null');
};

const putVariable = (value: string) =>
  fetch(`${env.sandbox.origin}/crm/v8/settings/variables`, {
    method: 'PUT',
    headers: { Authorization: 'Zoho-oauthtoken sandbox-admin', 'Content-Type': 'application/json' },
    body: JSON.stringify({ variables: [{ api_name: VARIABLE, value }] }),
  });

type WriteAnswer = {
  data: { code: string; details: { duplicate_record?: { module?: { api_name?: string } } } }[];
};
const post = async (module: string, record: Record<string, unknown>): Promise<WriteAnswer> => {
  const res = await fetch(`${env.sandbox.origin}/crm/v8/${module}`, {
    method: 'POST',
    headers: { Authorization: 'Zoho-oauthtoken sandbox-admin', 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: [record] }),
  });
  return (await res.json()) as WriteAnswer;
};

describe('admin flow on the sandbox Setup page', () => {
  test('an admin raises the likely threshold, switches Leads to block, and the org variable holds it', async () => {
    const { page, settings } = await openSetup();
    await settings.getByLabel('Likely duplicate from').fill('90');
    await settings.getByLabel(/Block the save/).check();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText(/^Saved\./).waitFor();
    await screenshot(page, 'settings-saved-block');
    const saved = await storedSettings();
    expect(saved.modules.Leads).toMatchObject({ onSave: 'block', thresholds: { likely: 0.9 } });
    await page.close();
  });

  test('a rep sees the settings read-only and cannot save them', async () => {
    const before = await storedSettings();
    const { page, settings } = await openSetup('sandbox-rep-1');
    await settings.getByText(/Your Zoho CRM profile may not change these settings/).waitFor();
    expect(await settings.getByLabel('Likely duplicate from').isDisabled()).toBe(true);
    expect(await settings.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
    await screenshot(page, 'settings-rep-read-only');
    expect(await storedSettings()).toEqual(before);
    await page.close();
  });

  test('a corrupt org variable shows the defaults with a note', async () => {
    await putVariable('{"version":1,"modules":');
    const { page, settings } = await openSetup();
    await settings.getByText(/could not be read/).waitFor();
    expect(await settings.getByLabel('Likely duplicate from').inputValue()).toBe('85');
    await screenshot(page, 'settings-corrupt-note');
    await page.close();
  });

  test('the settings page has no accessibility violations at all and is reachable by keyboard', async () => {
    const { page, settings } = await openSetup();
    const results = await new AxeBuilder({ page }).include('#setup-body').analyze();
    // A frame's nodes are targeted as [iframe, node]: axe did look inside the settings widget.
    expect(results.passes.some((r) => r.nodes.some((n) => n.target.length > 1))).toBe(true);
    expect(
      results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    await settings.getByRole('button', { name: /Deals/ }).focus();
    await page.keyboard.press('Enter');
    await settings.getByRole('heading', { name: 'Duplicate preview for Deals' }).waitFor();
    await page.close();
  });

  test("turning the Leads preference on makes the sandbox refuse a Lead with a Contact's email, and the widget says so", async () => {
    const email = 'only.a.contact@example.org';
    const contact = await post('Contacts', { Last_Name: 'Only', Email: email });
    expect(contact.data[0]?.code).toBe('SUCCESS');
    const { page, settings } = await openSetup();
    await settings.getByLabel('Also refuse Leads that match a Contact').check();
    await settings.getByRole('button', { name: 'Apply in Zoho CRM' }).click();
    await settings.getByText('Zoho CRM accepted the change.').waitFor();
    await screenshot(page, 'settings-preference-on');
    const body = await post('Leads', { Last_Name: 'Copy', Company: 'Copy Ltd', Email: email });
    expect(body.data[0]?.code).toBe('DUPLICATE_DATA');
    expect(body.data[0]?.details.duplicate_record?.module?.api_name).toBe('Contacts');
    await page.close();

    // The rep's widget reads the preference and names the Contact; Save opens the popup without "Save anyway".
    const rep = await env.browser.newPage({ viewport: { width: 1360, height: 860 } });
    await rep.goto(`${env.sandbox.origin}/sandbox/index.html?module=Leads&as=sandbox-rep-1`);
    await rep.getByLabel('Last Name').fill('Copy');
    await rep.getByLabel('Company').fill('Copy Ltd');
    await rep.getByLabel('Email', { exact: true }).fill(email);
    const verdict =
      'Zoho will block this save: the Leads duplicate check preference compares Email with this Contact';
    const flyout = rep.frameLocator('#flyout iframe');
    await flyout.getByText(verdict).waitFor();
    expect(await flyout.getByRole('heading', { name: 'Only' }).count()).toBe(1);
    await screenshot(rep, 'settings-preference-flyout-names-contact');
    await rep.getByRole('button', { name: 'Save', exact: true }).click();
    const popup = rep.frameLocator('#popup iframe');
    await popup.getByText(verdict).waitFor();
    await screenshot(rep, 'settings-preference-popup-refuses-lead');
    expect(await popup.getByRole('button', { name: 'Save anyway' }).count()).toBe(0);
    await popup.getByRole('button', { name: "Don't save" }).click();
    await expect.poll(() => rep.locator('#status').textContent()).toBe('Save cancelled.');
    await rep.close();
  });
});
