import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_LEAD } from '../../src/sandbox/seed';
import { ZDK_PATH, zdkOriginOf } from '../../src/sandbox/zdk-origin';
import { screenshot } from './support/browser';
import { sandboxApi, scriptData } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

// A wait budget, not a latency claim: room for a busy machine.
const PANEL_WAIT_MS = 30_000;
// The widget gives $Client 10 s to arrive before it says it cannot answer the popup.
const CLIENT_WAIT_BUDGET_MS = 25_000;
// The widget tells the rep after 15 s without an answer to init().
const INIT_BUDGET_MS = 30_000;

const env = useSandboxAndBrowser();

/** A sandbox page whose window.ZOHO shim and ZDK play Zoho as `shim` says (none: the real behaviour). */
const open = async (query: string, shim?: object): Promise<{ page: Page; errors: string[] }> => {
  const page = await env.browser.newPage({ viewport: { width: 1360, height: 860 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const options = shim ? `&zohoShim=${encodeURIComponent(JSON.stringify(shim))}` : '';
  await page.goto(`${env.sandbox.origin}/sandbox/index.html${query}${options}`);
  return { page, errors };
};
const flyout = (page: Page): FrameLocator => page.frameLocator('#flyout iframe');
const popup = (page: Page): FrameLocator => page.frameLocator('#popup iframe');
const typeDemoLead = async (page: Page) => {
  await page.getByLabel('Last Name').fill(DEMO_LEAD.values.Last_Name);
  await page.getByLabel('Company').fill(DEMO_LEAD.values.Company);
  await page.getByLabel('Email', { exact: true }).pressSequentially(DEMO_LEAD.values.Email);
};

describe('the widget in an org that behaves like a real Zoho CRM', () => {
  test('an EU org without session REST links to crm.zoho.eu and updates the Lead through www.zohoapis.eu', async () => {
    const { page } = await open('?module=Leads&as=sandbox-rep-1', {
      dataCentre: 'eu',
      session: false,
      recordLinks: 'zoho',
    });
    await typeDemoLead(page);
    const link = flyout(page).locator(`a[href*="/${DEMO_LEAD.id}"]`).first();
    await link.waitFor({ timeout: PANEL_WAIT_MS });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/crm\.zoho\.eu\/crm\/org\d+\/tab\/Leads\//);
    await page.getByLabel('Mobile').fill('5550104444');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await popup(page).getByRole('button', { name: 'Update this record instead' }).first().click();
    await popup(page).getByRole('button', { name: 'Update record' }).click();
    await popup(page)
      .getByRole('button', { name: /^Discard it and open/ })
      .click();
    await page.waitForURL(new RegExp(`/Leads/${DEMO_LEAD.id}\\?`));
    await screenshot(page, 'real-org-eu-updated-existing');
    const lead = (await sandboxApi(env.sandbox.origin, `/Leads/${DEMO_LEAD.id}`)) as {
      data: { Mobile?: string }[];
    };
    expect(lead.data[0]?.Mobile).toBe('5550104444');
  });

  test('a Client Script whose globals do not survive still shows the flyout, on a layout without Company', async () => {
    const { page, errors } = await open('?module=Contacts&as=sandbox-rep-1', { scriptGlobals: 'fresh' });
    await page.getByLabel('Last Name').fill('Smith');
    await page.getByLabel('Email', { exact: true }).pressSequentially(DEMO_LEAD.values.Email);
    await expect
      .poll(() => flyout(page).locator('body').textContent(), { timeout: PANEL_WAIT_MS })
      .toContain(DEMO_LEAD.id);
    expect(errors).toEqual([]);
  });

  test('the friendlier side of the unverified points works too: getField answering null, Notify unwrapped', async () => {
    const { page, errors } = await open('?module=Leads&as=sandbox-rep-1', {
      getField: 'null',
      notify: 'plain',
    });
    await typeDemoLead(page);
    await expect
      .poll(() => flyout(page).locator('body').textContent(), { timeout: PANEL_WAIT_MS })
      .toContain(DEMO_LEAD.id);
    await page.getByLabel('Phone').fill('555 010 7777');
    await expect
      .poll(() => flyout(page).locator('body').textContent(), { timeout: PANEL_WAIT_MS })
      .toContain(DEMO_LEAD.id);
    expect(errors).toEqual([]);
  });

  test(
    'without $Client the popup says it cannot answer, and closing it cancels the save instead of hanging',
    async () => {
      const { page } = await open('?module=Leads&as=sandbox-rep-1', { broken: ['zdk'] });
      await typeDemoLead(page);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await popup(page).getByRole('button', { name: "Don't save" }).click();
      await popup(page)
        .getByText(/did not load the part of its SDK/)
        .waitFor({ timeout: CLIENT_WAIT_BUDGET_MS });
      await screenshot(page, 'real-org-no-client-bridge');
      expect(await page.locator('#popup').getAttribute('open')).not.toBeNull();
      await page.getByRole('button', { name: 'Close popup' }).click();
      await expect.poll(() => page.locator('#status').textContent()).toBe('Save cancelled.');
    },
    CLIENT_WAIT_BUDGET_MS + 30_000,
  );

  test(
    'an init() Zoho does not answer is told with a retry, a late answer carries on, and nothing ran before it',
    async () => {
      // The widget as a top-level page: the page plays the CRM frame, and answers init() only when told.
      const page = await (await env.browser.newContext({ viewport: { width: 360, height: 640 } })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const answer = {
        type: 'zdp:pageload',
        data: scriptData({ Email: DEMO_LEAD.values.Email, Last_Name: DEMO_LEAD.values.Last_Name }),
        zdkUrl: `${zdkOriginOf(env.sandbox.origin)}${ZDK_PATH}`,
      };
      await page.addInitScript({
        content: `window.__answerInit = () => window.postMessage(${JSON.stringify(answer)}, '*');`,
      });
      await page.goto(`${env.sandbox.origin}/app/widget.html?sandboxToken=sandbox-rep-1`);
      await page
        .getByText('Zoho CRM has not answered yet', { exact: false })
        .waitFor({ timeout: INIT_BUDGET_MS });
      await page.getByRole('button', { name: 'Try again' }).waitFor();
      await screenshot(page, 'real-org-init-timeout');
      await page.evaluate(() => (window as unknown as { __answerInit: () => void }).__answerInit());
      await page.getByText(DEMO_LEAD.values.Email).first().waitFor({ timeout: PANEL_WAIT_MS });
      // The SDK throws "Parentwindow reference not found" for any ZOHO.CRM call made before init() resolved.
      expect(errors).toEqual([]);
    },
    INIT_BUDGET_MS + 30_000,
  );
});

describe('Diagnostics on the sandbox Setup page', () => {
  const runDiagnostics = async (shim?: object) => {
    const { page } = await open('?view=setup&as=sandbox-admin', shim);
    const settings = page.frameLocator('iframe[title="Duplicate Preview settings"]');
    await settings.getByRole('button', { name: 'Run diagnostics' }).click();
    await settings.getByText(/^(Every check passed\.|\d+ checks? failed\.)$/).waitFor({ timeout: 20_000 });
    return { page, settings };
  };
  const verdicts = (settings: FrameLocator) =>
    settings
      .locator('[data-check]')
      .evaluateAll((items) => items.map((i) => `${i.getAttribute('data-check')} ${i.className}`));

  test('passes every check against the stand-in set to real Zoho, $Client included', async () => {
    const { page, settings } = await runDiagnostics();
    await screenshot(page, 'diagnostics-all-pass');
    expect(await verdicts(settings)).toEqual([
      'sdk check pass',
      'dataCentre check pass',
      'client check pass',
      'variable check pass',
      'connection check pass',
      'search check pass',
      'user check pass',
    ]);
  });

  test('shows every check failing when the stand-in breaks each touchpoint', async () => {
    const { page, settings } = await runDiagnostics({
      session: false,
      connections: [],
      environment: false,
      broken: ['zdk', 'variable-read', 'user'],
    });
    await screenshot(page, 'diagnostics-all-fail');
    expect(await verdicts(settings)).toEqual([
      'sdk check fail',
      'dataCentre check fail',
      'client check fail',
      'variable check fail',
      'connection check fail',
      'search check fail',
      'user check fail',
    ]);
    await settings.getByText('7 checks failed.').waitFor();
  });
});
