import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_LEAD, SPECIAL_RECORDS } from '../../src/sandbox/seed';
import { screenshot } from './support/browser';
import { openWidget, scriptData } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

describe('the duplicate preview against the sandbox, 320 px wide', () => {
  const env = useSandboxAndBrowser();

  const status = (page: Page) => page.getByRole('status');
  const noViolations = async (page: Page) =>
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const fitsWidth = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  test('a Lead whose email exists shows the existing record’s owner ("you" for the signed-in rep), module, id and the matched email', async () => {
    const page = await openWidget(
      env.browser,
      env.sandbox.origin,
      scriptData({ Last_Name: 'Smith', Email: DEMO_LEAD.values.Email }),
    );
    await expect.poll(() => status(page).textContent()).toMatch(/(possible|likely) duplicates? found/);
    const card = page.getByRole('listitem').filter({ hasText: DEMO_LEAD.id });
    await expect.poll(() => card.textContent()).toContain('Zoho will block this save (Email must be unique)');
    const text = await card.textContent();
    // The signed-in rep, Ray Holloway, owns the existing Lead.
    expect(text).toContain('Lead · you ·');
    expect(text).not.toContain('Ray Holloway');
    expect(text).toContain(DEMO_LEAD.values.Email);
    await screenshot(page, 'widget-1-found-blocking');
    await fitsWidth(page);
    await noViolations(page);
  });

  test('values nobody has say which fields were compared in which modules', async () => {
    const page = await openWidget(
      env.browser,
      env.sandbox.origin,
      scriptData({ Last_Name: 'Quuxington', Email: 'nobody-at-all@nowhere.example' }),
    );
    await expect
      .poll(() => status(page).textContent())
      .toBe(
        "No duplicates for what you've typed so far (checked: Email and Last Name in Leads and Contacts).",
      );
    await screenshot(page, 'widget-2-clear');
    await noViolations(page);
  });

  test('a rejected session is told in plain words with a retry, never raw JSON', async () => {
    const page = await openWidget(env.browser, env.sandbox.origin, scriptData({ Email: 'a@b.example' }), {
      token: 'no-such-token',
    });
    await expect
      .poll(() => status(page).textContent())
      .toBe('Your Zoho session has ended. Reload the page and try again.');
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(await page.locator('body').textContent()).not.toContain('{');
    await screenshot(page, 'widget-3-error');
    await noViolations(page);
  });

  test('a record named like markup renders as inert text: no dialog, no image', async () => {
    const dialogs: string[] = [];
    const page = await openWidget(
      env.browser,
      env.sandbox.origin,
      scriptData({ Last_Name: 'Mallory', Email: SPECIAL_RECORDS.html.values.Email }),
    );
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const card = page.getByRole('listitem').filter({ hasText: SPECIAL_RECORDS.html.id });
    await expect.poll(() => card.textContent()).toContain(SPECIAL_RECORDS.html.values.Last_Name);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await screenshot(page, 'widget-4-markup-as-text');
    await noViolations(page);
  });
});
