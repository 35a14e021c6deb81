import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, type OnSave } from '../../src/dedupe/settings';
import { DEMO_DUPLICATES, DEMO_LEAD } from '../../src/sandbox/seed';
import { encodeSettings, SETTINGS_VARIABLE } from '../../src/zoho/settings-codec';
import { screenshot } from './support/browser';
import { sandboxApi, sandboxCall } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

// Each test opens pages, waits for a debounce, two iframes and several sandbox round trips on a shared 2-core box.
const FLOW_MS = 60_000;

describe('the save decision on the sandbox create/edit page', () => {
  const env = useSandboxAndBrowser();

  const setRule = async (onSave: OnSave) => {
    const settings = mergeSettings(DEFAULT_SETTINGS, { modules: { Leads: { onSave } } });
    const res = await sandboxCall(env.sandbox.origin, 'PUT', '/settings/variables', {
      variables: [{ api_name: SETTINGS_VARIABLE, value: encodeSettings(settings) }],
    });
    expect(res.status).toBeLessThan(300);
  };
  const open = async (query: string, viewport = { width: 1360, height: 860 }): Promise<Page> => {
    const page = await env.browser.newPage({ viewport });
    await page.goto(`${env.sandbox.origin}/sandbox/index.html${query}&as=sandbox-rep-1`);
    return page;
  };
  const popup = (page: Page): FrameLocator => page.frameLocator('#popup iframe');
  const flyout = (page: Page): FrameLocator => page.frameLocator('#flyout iframe');
  const type = async (page: Page, values: Readonly<Record<string, string>>) => {
    for (const [label, value] of Object.entries(values))
      await page.getByLabel(label, { exact: true }).fill(value);
  };
  const leadsWithEmail = async (email: string): Promise<number> => {
    const path = `/Leads/search?email=${encodeURIComponent(email)}`;
    const body = (await sandboxApi(env.sandbox.origin, path)) as { data?: unknown[] } | null;
    return body?.data?.length ?? 0;
  };
  // The popup answers once its check has: until then its reason line says it is still checking.
  const saveAndWaitForDecision = async (page: Page) => {
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await popup(page).getByRole('button', { name: "Don't save" }).waitFor();
    await expect
      .poll(() => popup(page).locator('.reason').textContent(), { timeout: 20_000 })
      .not.toMatch(/^Checking/);
  };

  // Rob for Robert, the phone in another format, a new email: no field Zoho checks, a likely duplicate of Robert Smith.
  const NICKNAME = {
    'First Name': 'Rob',
    'Last Name': 'Smith',
    Company: 'Acme',
    Email: 'rob.smith@elsewhere.example',
    Phone: '(555) 010-2000',
  };
  // A surname typo beside the same phone: likely Robert Smith again.
  const TYPO = {
    'First Name': 'Robert',
    'Last Name': 'Smtih',
    Company: 'Acme Inc',
    Email: 'r.smtih@elsewhere.example',
    Phone: '555-010-2000',
  };

  test(
    'block mode stops a Save for a nickname with the phone in another format',
    async () => {
      await setRule('block');
      const page = await open('?module=Leads');
      await type(page, NICKNAME);
      await saveAndWaitForDecision(page);
      const decision = popup(page).locator('.decision');
      expect(await decision.locator('.reason').textContent()).toMatch(
        /Likely a duplicate of .*Smith.*Rob → /,
      );
      expect(await popup(page).getByRole('button', { name: 'Save anyway' }).count()).toBe(0);
      await screenshot(page, 'save-1-block-nickname-phone');
      await popup(page).getByRole('button', { name: "Don't save" }).click();
      await expect.poll(() => page.locator('#status').textContent()).toBe('Save cancelled.');
      expect(await leadsWithEmail(NICKNAME.Email)).toBe(0);
    },
    FLOW_MS,
  );

  test(
    'block mode stops a Save for a surname typo',
    async () => {
      await setRule('block');
      const page = await open('?module=Leads');
      await type(page, TYPO);
      await saveAndWaitForDecision(page);
      expect(await popup(page).locator('.reason').textContent()).toMatch(/Smtih → Smith \(typo\)/);
      expect(await popup(page).getByRole('button', { name: 'Save anyway' }).count()).toBe(0);
      await screenshot(page, 'save-2-block-surname-typo');
      await page.getByRole('button', { name: 'Close popup' }).click();
      await expect.poll(() => page.locator('#status').textContent()).toBe('Save cancelled.');
      expect(await leadsWithEmail(TYPO.Email)).toBe(0);
    },
    FLOW_MS,
  );

  test(
    'the popup’s three choices are visible without scrolling in a 760×600 popup',
    async () => {
      await setRule('warn');
      const page = await open('?module=Leads', { width: 1024, height: 760 });
      await type(page, { ...NICKNAME, Email: DEMO_LEAD.values.Email });
      await saveAndWaitForDecision(page);
      const frame = page.locator('#popup iframe');
      const box = await frame.boundingBox();
      expect(box?.width).toBe(760);
      expect(box?.height).toBeLessThanOrEqual(600);
      for (const name of ['Update existing', "Don't save"]) {
        const button = await popup(page).getByRole('button', { name, exact: true }).boundingBox();
        expect(button, name).not.toBeNull();
        if (!box || !button) return;
        expect(button.y + button.height, name).toBeLessThanOrEqual(box.y + box.height);
        expect(button.y, name).toBeGreaterThanOrEqual(box.y);
      }
      expect(await popup(page).locator('.reason').textContent()).toContain(
        `Zoho will refuse: ${DEMO_LEAD.values.Email} is already Robert Smith's`,
      );
      expect(
        await popup(page)
          .getByRole('checkbox', { name: /Select to merge/ })
          .count(),
      ).toBe(0);
      await screenshot(page, 'save-3-popup-760x600');
      await popup(page).getByRole('button', { name: "Don't save" }).click();
    },
    FLOW_MS,
  );

  test(
    'warn mode offers Save anyway, and the saved record carries a Note naming the likely duplicate',
    async () => {
      await setRule('warn');
      const page = await open('?module=Leads');
      await type(page, NICKNAME);
      await saveAndWaitForDecision(page);
      const saveAnyway = popup(page).getByRole('button', { name: 'Save anyway' });
      await screenshot(page, 'save-4-warn-offers-save-anyway');
      await saveAnyway.click();
      await page.waitForURL(/\/Leads\/\d+\?/);
      const id = new URL(page.url()).pathname.split('/')[2];
      const notes = (await sandboxApi(env.sandbox.origin, '/Notes', 'sandbox-rep-1')) as {
        data?: { Note_Content: string; Parent_Id: { id: string } }[];
      } | null;
      const note = notes?.data?.find((n) => n.Parent_Id.id === id);
      expect(note?.Note_Content).toMatch(/^Saved although it may duplicate .*Smith/);
      expect(note?.Note_Content).toContain('Rob → ');
      expect(await leadsWithEmail(NICKNAME.Email)).toBe(1);
      await screenshot(page, 'save-5-saved-with-note');
    },
    FLOW_MS,
  );

  test(
    'Title typed on a create form reaches the existing record through "Update existing"',
    async () => {
      await setRule('warn');
      const page = await open('?module=Leads');
      await type(page, {
        'First Name': DEMO_LEAD.values.First_Name,
        'Last Name': DEMO_LEAD.values.Last_Name,
        Company: DEMO_LEAD.values.Company,
        Email: DEMO_LEAD.values.Email,
        Title: 'Head of Purchasing',
      });
      await saveAndWaitForDecision(page);
      await popup(page).getByRole('button', { name: 'Update existing' }).click();
      const row = popup(page).getByRole('group', { name: 'Title' });
      await row.waitFor();
      // The Lead already has a Title, so "fill if empty" keeps it until the rep picks the typed one.
      await row.getByRole('radio', { name: /Head of Purchasing/ }).check();
      await screenshot(page, 'save-6-update-existing-title');
      await popup(page).getByRole('button', { name: 'Update record' }).click();
      await popup(page)
        .getByText(/was updated — discard this new Lead/)
        .waitFor();
      await popup(page)
        .getByRole('button', { name: /^Discard it and open/ })
        .click();
      await page.waitForURL(new RegExp(`/Leads/${DEMO_LEAD.id}\\?`));
      const lead = (await sandboxApi(env.sandbox.origin, `/Leads/${DEMO_LEAD.id}`)) as {
        data: { Designation?: string }[];
      };
      expect(lead.data[0]?.Designation).toBe('Head of Purchasing');
    },
    FLOW_MS,
  );

  test(
    'an edit page offers "Merge this record into …", not "Update this record instead"',
    async () => {
      const bob = DEMO_DUPLICATES.nicknameLead;
      const page = await open(`?module=Leads&id=${bob.id}`);
      await expect.poll(() => page.getByLabel('Last Name').inputValue()).toBe('Smith');
      await page.getByLabel('First Name').fill('Robert');
      const merge = flyout(page).getByRole('button', { name: /^Merge this record into Robert Smith/ });
      await merge.first().waitFor();
      expect(
        await flyout(page)
          .getByRole('button', { name: /Update this record instead/ })
          .count(),
      ).toBe(0);
      await merge.first().click();
      await flyout(page)
        .getByRole('button', { name: /^Keep all values from/ })
        .first()
        .waitFor();
      expect(await flyout(page).locator('body').textContent()).toContain('Notes, activities, deals');
      await screenshot(page, 'save-7-edit-page-merge-into');
    },
    FLOW_MS,
  );
});
