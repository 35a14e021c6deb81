import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_LEAD } from '../../src/sandbox/seed';
import { screenshot } from './support/browser';
import { openWidget, sandboxCall, scriptData } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

// A wait budget for a busy machine, not a latency claim.
const PANEL_MS = 30_000;

describe('widget states a rep meets less often have no accessibility violations', () => {
  const env = useSandboxAndBrowser();

  /** axe over one part of the page (the flyout's frame included), listing each violation with its nodes. */
  const violationsIn = async (page: Page, selector?: string): Promise<readonly string[]> => {
    const builder = new AxeBuilder({ page });
    const results = await (selector ? builder.include(selector) : builder).analyze();
    // A frame's nodes are targeted as [iframe, node]: axe did look inside the widget's frame.
    if (selector) expect(results.passes.some((r) => r.nodes.some((n) => n.target.length > 1))).toBe(true);
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  };

  /** The sandbox's create-Lead page as rep 1, in a context of its own (axe's multi-frame run needs one). */
  const newLeadPage = async (): Promise<{ page: Page; flyout: FrameLocator }> => {
    const context = await env.browser.newContext({ viewport: { width: 1360, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${env.sandbox.origin}/sandbox/index.html?module=Leads&as=sandbox-rep-1`);
    return { page, flyout: page.frameLocator('#flyout iframe') };
  };

  test('the flyout checking again after a change keeps its results, says so, and axe finds nothing', async () => {
    const { page, flyout } = await newLeadPage();
    await page.getByLabel('Last Name').fill(DEMO_LEAD.values.Last_Name);
    await page.getByLabel('Email', { exact: true }).fill(DEMO_LEAD.values.Email);
    const status = flyout.getByRole('status');
    // The Lead found by its email (a check on Last Name alone may answer first).
    const lead = flyout.getByRole('listitem').filter({ hasText: DEMO_LEAD.id });
    await expect
      .poll(() => lead.textContent(), { timeout: PANEL_MS })
      .toContain('Zoho will block this save (Email must be unique)');
    await expect.poll(() => status.getAttribute('aria-busy')).toBeNull();

    // Searches from here on wait until the test lets them through: the re-check stays under way while axe runs.
    const held: Route[] = [];
    let released = false;
    await page.route(
      (url) => url.pathname.endsWith('/search'),
      (route) => (released ? route.continue() : void held.push(route)),
    );
    await page.getByLabel('Phone').fill('(555) 010-7654');
    await expect.poll(() => held.length, { timeout: PANEL_MS }).toBeGreaterThan(0);
    await expect.poll(() => status.getAttribute('aria-busy'), { timeout: PANEL_MS }).toBe('true');
    expect(await status.textContent()).toMatch(/duplicates? found.*Checking again…$/);
    expect(await lead.count()).toBe(1);
    await screenshot(page, 'a11y-1-flyout-rechecking');
    expect(await violationsIn(page, '#flyout')).toEqual([]);

    released = true;
    for (const route of held) await route.continue();
    await expect.poll(() => status.getAttribute('aria-busy'), { timeout: PANEL_MS }).toBeNull();
    await page.context().close();
  });

  test('a save Zoho refused on a unique field shows the clash panel, and axe finds nothing', async () => {
    const values = { Last_Name: 'Smith', Company: 'Acme', Email: DEMO_LEAD.values.Email };
    // The save the Client Script tried: Zoho refuses it, Email being unique on Leads.
    const refused = await sandboxCall(
      env.sandbox.origin,
      'POST',
      '/Leads',
      { data: [values] },
      'sandbox-rep-1',
    );
    expect((refused.body as { data: { code: string }[] }).data[0]?.code).toBe('DUPLICATE_DATA');
    const page = await openWidget(
      env.browser,
      env.sandbox.origin,
      { ...scriptData(values, 'save'), error: refused.body },
      { width: 480 },
    );
    const refusal = page.getByRole('region', { name: 'Refused save' });
    await refusal.getByText('Zoho refused the save: Email already belongs to another record.').waitFor();
    await refusal.getByRole('listitem').filter({ hasText: DEMO_LEAD.id }).first().waitFor();
    // The popup's own check answers below the panel: the same Lead again, as a match.
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: PANEL_MS })
      .toMatch(/duplicates? found/);
    await page.getByRole('button', { name: "Don't save" }).waitFor();
    await screenshot(page, 'a11y-2-clash-panel');
    expect(await violationsIn(page)).toEqual([]);
    await page.context().close();
  });

  test('the panel for a module whose checks the admin switched off says so, and axe finds nothing', async () => {
    const admin = await (await env.browser.newContext()).newPage();
    await admin.goto(`${env.sandbox.origin}/sandbox/index.html?view=setup&as=sandbox-admin`);
    const settings = admin.frameLocator('iframe[title="Duplicate Preview settings"]');
    await settings.getByLabel('Check new and edited Leads for duplicates').uncheck();
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText(/^Saved\./).waitFor();
    await admin.context().close();

    // In Zoho's flyout the widget then closes itself (ZDK.Client.closeSelf); this page plays a CRM frame that
    // does not close it, so the note it shows meanwhile (or where closeSelf is missing) stays to be checked.
    const page = await openWidget(
      env.browser,
      env.sandbox.origin,
      scriptData({ Email: DEMO_LEAD.values.Email, Last_Name: 'Smith' }),
      { width: 380, token: 'sandbox-rep-1' },
    );
    await expect
      .poll(() => page.getByRole('status').first().textContent(), { timeout: PANEL_MS })
      .toBe('Duplicate checks are off for Leads.');
    await screenshot(page, 'a11y-3-panel-checks-off');
    expect(await violationsIn(page)).toEqual([]);
    await page.context().close();
  });
});
