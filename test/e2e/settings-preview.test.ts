import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { sandboxCall } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

// A Contact only: a Lead typed with the same name and email is a likely duplicate Zoho lets through.
const CONTACT = { First_Name: 'Dana', Last_Name: 'Whitfield', Email: 'dana.whitfield@contact.example' };
const PANEL_MS = 30_000;

const env = useSandboxAndBrowser();
beforeAll(async () => {
  const made = await sandboxCall(env.sandbox.origin, 'POST', '/Contacts', { data: [CONTACT] });
  expect(made.status).toBe(201);
});

/** The admin changes the Leads settings on the sandbox Setup view and saves them. */
const adminSets = async (change: (settings: FrameLocator) => Promise<void>, shot: string) => {
  const page = await (await env.browser.newContext()).newPage();
  await page.goto(`${env.sandbox.origin}/sandbox/index.html?view=setup&as=sandbox-admin`);
  const settings = page.frameLocator('iframe[title="Duplicate Preview settings"]');
  await settings.getByRole('heading', { name: 'Duplicate preview for Leads' }).waitFor();
  await change(settings);
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await settings.getByText(/^Saved\./).waitFor();
  await screenshot(page, shot);
  await page.close();
};

/** A rep types the Contact's person into a new Lead; the flyout's card for the Contact says `verdict`. */
const repTypesContact = async (verdict: string): Promise<Page> => {
  const page = await env.browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(`${env.sandbox.origin}/sandbox/index.html?module=Leads&as=sandbox-rep-1`);
  await page.getByLabel('First Name').fill(CONTACT.First_Name);
  await page.getByLabel('Last Name').fill(CONTACT.Last_Name);
  await page.getByLabel('Company').fill('Whitfield Ltd');
  await page.getByLabel('Email', { exact: true }).fill(CONTACT.Email);
  const card = page
    .frameLocator('#flyout iframe')
    .getByRole('listitem')
    .filter({ hasText: 'Dana Whitfield' });
  await expect.poll(() => card.locator('.verdict').textContent(), { timeout: PANEL_MS }).toBe(verdict);
  return page;
};

/** Save opens the popup (the script finds the Contact by email); returns whether it offers "Save anyway". */
const popupOffersSave = async (page: Page, shot: string): Promise<boolean> => {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const popup = page.frameLocator('#popup iframe');
  await popup.getByRole('button', { name: "Don't save" }).waitFor({ timeout: PANEL_MS });
  await popup.getByRole('heading', { name: 'Dana Whitfield' }).waitFor();
  await screenshot(page, shot);
  const offered = await popup.getByRole('button', { name: 'Save anyway' }).isVisible();
  await popup.getByRole('button', { name: "Don't save" }).click();
  await expect.poll(() => page.locator('#status').textContent()).toBe('Save cancelled.');
  return offered;
};

describe('the preview widget follows what the admin saves', () => {
  test('switching Leads to block takes "Save anyway" away; raising the likely threshold makes the match possible, which saves without a question', async () => {
    const warn = await repTypesContact('Likely duplicate — you can still save');
    expect(await popupOffersSave(warn, 'settings-preview-1-warn-offers-save')).toBe(true);
    await warn.close();

    await adminSets((s) => s.getByLabel(/Block the save/).check(), 'settings-preview-2-admin-blocks');
    const block = await repTypesContact("Likely duplicate — your admin's settings don't allow saving it");
    await screenshot(block, 'settings-preview-3-flyout-blocked');
    expect(await popupOffersSave(block, 'settings-preview-4-popup-no-save')).toBe(false);
    await block.close();

    await adminSets(
      (s) => s.getByLabel('Likely duplicate from').fill('100'),
      'settings-preview-5-admin-raises',
    );
    const raised = await repTypesContact('Possible duplicate — you can still save');
    await screenshot(raised, 'settings-preview-6-now-possible');
    await raised.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => raised.locator('#status').textContent(), { timeout: PANEL_MS })
      .toBe('Lead saved.');
    await screenshot(raised, 'settings-preview-7-possible-saves');
    await raised.close();
  });

  test('with Leads switched off the flyout closes itself at once and Save saves without the popup', async () => {
    await adminSets(
      (s) => s.getByLabel('Check new and edited Leads for duplicates').uncheck(),
      'settings-preview-8-admin-switches-off',
    );
    const page = await env.browser.newPage({ viewport: { width: 1360, height: 860 } });
    // Counted in the test, since Save leaves the page: every time the flyout or the save popup is shown.
    const shown = { flyout: 0, popup: 0 };
    await page.exposeFunction('reportShown', (what: 'flyout' | 'popup') => {
      shown[what] += 1;
    });
    await page.goto(`${env.sandbox.origin}/sandbox/index.html?module=Leads&as=sandbox-rep-1`);
    await page.evaluate(() => {
      const report = (window as unknown as { reportShown: (what: string) => void }).reportShown;
      const watch = (id: string, attribute: string, shownWhen: (oldValue: string | null) => boolean) =>
        new MutationObserver((records) => {
          for (const r of records) if (shownWhen(r.oldValue)) report(id);
        }).observe(document.getElementById(id) as HTMLElement, {
          attributeFilter: [attribute],
          attributeOldValue: true,
        });
      watch('flyout', 'hidden', (old) => old !== null);
      watch('popup', 'open', (old) => old === null);
    });
    // The Client Script keeps its state on the page's globalThis (scriptGlobals: kept).
    const script = () =>
      page.evaluate(() => {
        const state = (window as unknown as { __duplicatePreviewState?: Record<string, unknown> })
          .__duplicatePreviewState;
        return {
          off: (state?.off as Record<string, boolean> | undefined)?.Leads === true,
          timer: state?.timer,
        };
      });

    await page.getByLabel('Email', { exact: true }).fill('quiet.lead@off.example');
    // The first change opens the flyout; the widget's answer says Leads are off and the flyout closes itself.
    await expect.poll(async () => (await script()).off, { timeout: PANEL_MS }).toBe(true);
    await expect.poll(() => page.locator('#flyout').isHidden()).toBe(true);
    await expect.poll(() => shown.flyout).toBe(1);
    await screenshot(page, 'settings-preview-9-off-closed');

    // More typing: once the script's debounce has run (its timer cleared), nothing has opened again.
    await page.getByLabel('Last Name').fill('Quiet');
    await page.getByLabel('Company').fill('Quiet Ltd');
    await expect.poll(async () => (await script()).timer).toBeNull();
    expect(await page.locator('#flyout').isHidden()).toBe(true);
    expect(shown.flyout).toBe(1);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: PANEL_MS }).toBe('Lead saved.');
    expect(shown.popup).toBe(0);
    await screenshot(page, 'settings-preview-10-off-saved');
    await page.close();
  });
});
