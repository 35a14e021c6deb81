import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { sandboxApi } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

const VARIABLE = 'duplicatepreview__settings';
const PANEL_MS = 30_000;
// Reading 2,000 Leads in ten pages and learning from them, on a machine shared with other work.
const LEARN_MS = 45_000;

const env = useSandboxAndBrowser();

const storedLeads = async () => {
  const body = (await sandboxApi(env.sandbox.origin, `/settings/variables/${VARIABLE}`)) as {
    variables?: { value?: string }[];
  } | null;
  return JSON.parse(body?.variables?.[0]?.value ?? 'null')?.modules?.Leads;
};

/**
 * A rep types the seeded Robert Smith with both names mistyped into a new Lead; returns the verdict of the flyout's
 * card for the existing Lead. The hand-set weights leave this just short of likely: a possible duplicate.
 */
const repTypesTypos = async (shot: string): Promise<{ page: Page; verdict: string | null }> => {
  const page = await env.browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(`${env.sandbox.origin}/sandbox/index.html?module=Leads&as=sandbox-rep-1`);
  await page.getByLabel('First Name').fill('Robetr');
  await page.getByLabel('Last Name').fill('Smiht');
  const card = page
    .frameLocator('#flyout iframe')
    .getByRole('listitem')
    .filter({ hasText: 'Robert Smith' })
    .filter({ hasText: 'Lead' })
    .first();
  await card.locator('.verdict').waitFor({ timeout: PANEL_MS });
  await screenshot(page, shot);
  return { page, verdict: await card.locator('.verdict').textContent() };
};

describe('calibrating Leads on the sandbox data', () => {
  test('an admin learns the weights from 2,000 Leads and saves them; the next check uses them', async () => {
    const before = await repTypesTypos('calibration-1-rep-before');
    expect(before.verdict).toBe('Possible duplicate — you can still save');
    await before.page.close();

    const page = await (await env.browser.newContext()).newPage();
    await page.goto(`${env.sandbox.origin}/sandbox/index.html?view=setup&as=sandbox-admin`);
    const settings = page.frameLocator('iframe[title="Duplicate Preview settings"]');
    await settings.getByRole('heading', { name: 'Duplicate preview for Leads' }).waitFor();
    await settings.getByRole('button', { name: 'Calibrate on my data…' }).click();
    const cost = settings.getByText(/API calls of 200 records each/);
    expect(await cost.textContent()).toMatch(/up to 10 API calls .* up to 10 API credits/);
    await screenshot(page, 'calibration-2-credit-statement');
    await settings.getByRole('button', { name: 'Read up to 2,000 Leads' }).click();
    await settings
      .getByText(/^Learned from 2,000 records and \d+ candidate pairs/)
      .waitFor({ timeout: LEARN_MS });
    const weights = settings.getByRole('table', { name: /Weight of each comparison level/ });
    const firstName = weights.getByRole('row', { name: /^First_Name/ });
    expect(await firstName.locator('[data-level="exact"] .default').textContent()).toBe('(default 6)');
    const learnedFirst = Number(await firstName.locator('[data-level="exact"] .weight').textContent());
    expect(learnedFirst).not.toBe(6);
    expect(
      await settings
        .getByRole('table', { name: /Expected precision and recall/ })
        .getByRole('row', { name: /Likely duplicate$/ })
        .count(),
    ).toBe(1);
    await screenshot(page, 'calibration-3-learned');
    // The learned tables are read by screen readers as tables: axe finds nothing wrong with them.
    const axe = await new AxeBuilder({ page }).include('#setup-body').analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await settings.getByRole('button', { name: 'Use these weights' }).click();
    await settings.getByText(/^Saved\./).waitFor();
    await settings.getByText('Leads uses weights learned from your records', { exact: false }).waitFor();
    await screenshot(page, 'calibration-4-saved');
    const leads = await storedLeads();
    expect(leads.calibration.fields.First_Name.exact).toBe(learnedFirst);
    await page.close();

    // The stored weights make the same typing a likely duplicate.
    const after = await repTypesTypos('calibration-5-rep-after');
    expect(after.verdict).toBe('Likely duplicate — you can still save');
    await after.page.close();
  });
});
