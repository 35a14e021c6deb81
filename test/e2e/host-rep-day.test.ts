import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_LEAD } from '../../src/sandbox/seed';
import { screenshot } from './support/browser';
import { leadsWithEmail, sandboxApi } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

// A wait budget, not a latency claim (keystroke_to_panel_ms in `npm run bench` measures that): room for a busy machine.
const PANEL_WAIT_MS = 30_000;

describe('a rep’s day on the sandbox create/edit page', () => {
  const env = useSandboxAndBrowser();

  const open = async (query: string): Promise<Page> => {
    const page = await env.browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.goto(`${env.sandbox.origin}/sandbox/index.html${query}&as=sandbox-rep-1`);
    return page;
  };
  const flyout = (page: Page): FrameLocator => page.frameLocator('#flyout iframe');
  const popup = (page: Page): FrameLocator => page.frameLocator('#popup iframe');
  const typeDemoLead = async (page: Page) => {
    await page.getByLabel('First Name').fill(DEMO_LEAD.values.First_Name);
    await page.getByLabel('Last Name').fill(DEMO_LEAD.values.Last_Name);
    await page.getByLabel('Company').fill(DEMO_LEAD.values.Company);
    await page.getByLabel('Email', { exact: true }).pressSequentially(DEMO_LEAD.values.Email);
  };

  test('typing the email of an existing Lead lists it in the flyout', async () => {
    const page = await open('?module=Leads');
    await typeDemoLead(page);
    await expect
      .poll(() => flyout(page).locator('body').textContent(), { timeout: PANEL_WAIT_MS })
      .toContain(DEMO_LEAD.id);
    await screenshot(page, 'host-day-1-flyout-lists-existing-lead');
  });

  test('Save opens the popup that blocks the duplicate, and "Update existing" updates the Lead instead', async () => {
    const page = await open('?module=Leads');
    await typeDemoLead(page);
    await page.getByLabel('Mobile').fill('5550109999');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await popup(page).getByRole('button', { name: 'Update this record instead' }).first().click();
    await screenshot(page, 'host-day-2-popup-blocks-duplicate');
    await popup(page).getByRole('button', { name: 'Update record' }).click();
    await popup(page)
      .getByRole('button', { name: /^Discard it and open/ })
      .click();
    await page.waitForURL(new RegExp(`/Leads/${DEMO_LEAD.id}\\?`));
    await screenshot(page, 'host-day-3-updated-existing');
    const lead = (await sandboxApi(env.sandbox.origin, `/Leads/${DEMO_LEAD.id}`)) as {
      data: { Mobile?: string }[];
    };
    expect(lead.data[0]?.Mobile).toBe('5550109999');
    expect(await leadsWithEmail(env.sandbox.origin, DEMO_LEAD.values.Email)).toBe(1);
  });

  test('closing the popup cancels the save', async () => {
    const page = await open('?module=Leads');
    await typeDemoLead(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // The rep closes it having seen what it says.
    await popup(page).getByRole('button', { name: "Don't save" }).waitFor({ timeout: PANEL_WAIT_MS });
    await page.getByRole('button', { name: 'Close popup' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Save cancelled.');
    await screenshot(page, 'host-day-4-popup-closed-save-cancelled');
    expect(await leadsWithEmail(env.sandbox.origin, DEMO_LEAD.values.Email)).toBe(1);
  });

  test('a fuzzy-only match (nickname and phone format) warns, and Save anyway saves it', async () => {
    const page = await open('?module=Leads');
    await page.getByLabel('First Name').fill('Rob');
    await page.getByLabel('Last Name').fill('Smith');
    await page.getByLabel('Company').fill('Acme');
    await page.getByLabel('Email', { exact: true }).fill('rob.smith@elsewhere.example');
    await page.getByLabel('Phone').pressSequentially('(555) 010-2000');
    await expect
      .poll(() => flyout(page).locator('body').textContent(), { timeout: PANEL_WAIT_MS })
      .toContain('you can still save');
    await screenshot(page, 'host-day-5-fuzzy-match-warns');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.frameLocator('#popup iframe').getByRole('button', { name: 'Save anyway' }).click();
    await expect
      .poll(() => page.locator('#status').textContent(), { timeout: PANEL_WAIT_MS })
      .toBe('Opened this Lead from the duplicate check.');
    expect(await leadsWithEmail(env.sandbox.origin, 'rob.smith@elsewhere.example')).toBe(1);
  });

  test('editing a Lead never lists the Lead itself', async () => {
    const page = await open(`?module=Leads&id=${DEMO_LEAD.id}`);
    await expect
      .poll(() => page.getByLabel('Email', { exact: true }).inputValue())
      .toBe(DEMO_LEAD.values.Email);
    await page.getByLabel('Title').fill('x');
    await page.getByLabel('Phone').fill(DEMO_LEAD.values.Phone);
    // Each listed match shows its record id; the check finds matches, and the edited Lead is never one.
    const panel = () => flyout(page).locator('body').textContent();
    await expect.poll(panel, { timeout: PANEL_WAIT_MS }).toMatch(/duplicates? found/);
    expect(await panel()).not.toContain(DEMO_LEAD.id);
    await screenshot(page, 'host-day-6-edit-never-lists-itself');
  });
});
