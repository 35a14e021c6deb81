import { AxeBuilder } from '@axe-core/playwright';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_DUPLICATES } from '../../src/sandbox/seed';
import { screenshot } from './support/browser';
import { sandboxApi } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

const VARIABLE = 'duplicatepreview__settings';
const BOB = DEMO_DUPLICATES.nicknameLead;

const env = useSandboxAndBrowser();

const openSetup = async (as: string): Promise<{ page: Page; settings: FrameLocator }> => {
  // A context of its own: axe's multi-frame run needs one.
  const page = await (await env.browser.newContext()).newPage();
  await page.goto(`${env.sandbox.origin}/sandbox/index.html?view=setup&as=${as}`);
  const settings = page.frameLocator('iframe[title="Duplicate Preview settings"]');
  await settings.getByRole('heading', { name: 'Duplicate preview for Leads' }).waitFor();
  return { page, settings };
};

/** The org variable as the sandbox holds it (null while nobody has saved settings). */
const storedSettings = async (): Promise<unknown> => {
  const body = (await sandboxApi(env.sandbox.origin, `/settings/variables/${VARIABLE}`)) as {
    variables?: { value?: string }[];
  } | null;
  return JSON.parse(body?.variables?.[0]?.value ?? 'null');
};

/** The try-out's card for the seeded nickname Lead, and one typed field's row in it. */
const bobCard = (section: Locator): Locator => section.locator('li.try-match').filter({ hasText: BOB.id });
const cellsOf = (card: Locator, settings: FrameLocator, field: string) =>
  card
    .locator('tbody tr')
    .filter({ has: settings.getByRole('rowheader', { name: field, exact: true }) })
    .locator('td')
    .allTextContents();

describe('"Try a record" on the sandbox Setup page', () => {
  // axe reads some fifty result tables: room for that on a busy machine.
  test('an admin tries Robert Smith, sees Bob Smith as likely by nickname, moves the likely threshold unsaved and the tier follows; nothing is stored', {
    timeout: 120_000,
  }, async () => {
    const before = await storedSettings();
    const { page, settings } = await openSetup('sandbox-admin');
    await settings.getByRole('button', { name: 'Try a record…' }).click();
    const section = settings.getByRole('region', { name: 'Try a record' });
    await section.locator('#try-Leads-First_Name').fill('Robert');
    await section.locator('#try-Leads-Last_Name').fill('Smith');
    await section.locator('#try-Leads-Phone').fill('(555) 010-2000');
    await section.getByRole('button', { name: 'Try', exact: true }).click();

    const bob = bobCard(section);
    await expect.poll(() => bob.locator('h3').textContent()).toBe('Bob Smith');
    expect(await bob.locator('.tier').textContent()).toMatch(/^Likely duplicate · score \d+(\.\d)?%$/);
    expect(await cellsOf(bob, settings, 'First Name')).toEqual(['Robert', 'Bob', 'agrees: nickname']);
    expect(await cellsOf(bob, settings, 'Phone')).toEqual([
      '(555) 010-2000',
      BOB.values.Phone,
      'agrees: same number, other format',
    ]);
    expect(await section.getByRole('status').textContent()).toMatch(
      /^\d+ records? found in Leads, Contacts, Accounts\.$/,
    );
    // The settings frame scrolls on its own: bring the card into the screenshot.
    await bob.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-try-1-bob-likely');

    // The results are read as lists of tables with captions, those below the thresholds too: axe finds nothing wrong.
    await section.locator('details.try-below > summary').click();
    await expect.poll(() => section.locator('details.try-below').getAttribute('open')).toBe('');
    const axe = await new AxeBuilder({ page }).include('#setup-body').analyze();
    expect(axe.passes.some((r) => r.nodes.some((n) => n.target.length > 1))).toBe(true);
    expect(
      axe.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);

    // Thresholds apply to the last try at once, without saving and without trying again.
    const likely = settings.getByLabel('Likely duplicate from');
    const start = await likely.inputValue();
    await likely.fill('100');
    await expect.poll(() => bob.locator('.tier').textContent()).toMatch(/^Possible duplicate · score/);
    await settings.getByText('You have unsaved changes.').waitFor();
    await bob.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-try-2-raised-possible');
    await likely.fill('50');
    await expect.poll(() => bob.locator('.tier').textContent()).toMatch(/^Likely duplicate · score/);
    await bob.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-try-3-lowered-likely');
    expect(await storedSettings()).toEqual(before);

    // A reload shows the stored settings: the threshold the admin moved was never saved.
    await page.reload();
    await settings.getByRole('heading', { name: 'Duplicate preview for Leads' }).waitFor();
    expect(await settings.getByLabel('Likely duplicate from').inputValue()).toBe(start);
    expect(await settings.getByText('You have unsaved changes.').count()).toBe(0);
    expect(await storedSettings()).toEqual(before);
    await page.context().close();
  });

  test('a rep sees the settings read-only and no try-out', async () => {
    const { page, settings } = await openSetup('sandbox-rep-1');
    // The try-out spends the org's API credits: the page offers it only to those who may change the settings.
    await settings.getByText(/Your Zoho CRM profile may not change these settings/).waitFor();
    expect(await settings.getByRole('region', { name: 'Try a record' }).count()).toBe(0);
    expect(await settings.getByRole('button', { name: 'Try a record…' }).count()).toBe(0);
    expect(await settings.getByLabel('Likely duplicate from').isDisabled()).toBe(true);
    await screenshot(page, 'settings-try-4-rep-no-tryout');
    await page.context().close();
  });
});
