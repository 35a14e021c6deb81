import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_DUPLICATES, DEMO_LEAD } from '../../src/sandbox/seed';
import { screenshot } from './support/browser';
import { sandboxCall } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

const BOB = DEMO_DUPLICATES.nicknameLead;
const CONTACT = DEMO_DUPLICATES.emailCaseContact;

describe('a merge on a record page, and the checks after it', () => {
  const env = useSandboxAndBrowser();

  const open = async (path: string): Promise<Page> => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${env.sandbox.origin}${path}?as=sandbox-rep-1`);
    return page;
  };
  const fact = (page: Page, label: string) => page.locator('dl.facts dt', { hasText: label }).locator('+ dd');

  test('the record page of a Lead merged away into its nickname duplicate is replaced by the kept Lead’s page, showing the values the rep kept', async () => {
    const page = await open(`/Leads/${DEMO_LEAD.id}`);
    const widget = page.frameLocator('.related iframe');
    const cards = widget.getByRole('region', { name: 'Possible duplicates' }).getByRole('listitem');
    await cards
      .filter({ hasText: BOB.id })
      .getByRole('checkbox', { name: /Select to merge/ })
      .check();
    await widget.getByRole('button', { name: 'Merge 2 records' }).click();
    // Bob Smith stays, with every value of the shown Robert Smith: the shown record is the one deleted.
    await widget.getByRole('radio', { name: new RegExp(`^Bob Smith \\(${BOB.id}\\)`) }).check();
    await widget.getByRole('button', { name: 'Keep all values from Robert Smith' }).click();
    await screenshot(page, 'merge-1-record-page-picks');
    await Promise.all([
      page.waitForURL(new RegExp(`/Leads/${BOB.id}\\?`)),
      widget.getByRole('button', { name: 'Merge records' }).click(),
    ]);

    await page.getByRole('status').filter({ hasText: 'Opened this Lead' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Robert Smith');
    expect(await fact(page, 'Email').textContent()).toBe(DEMO_LEAD.values.Email);
    // The kept record's page checks it afresh: the Contact is still a duplicate, the merged-away Lead is gone.
    const after = page
      .frameLocator('.related iframe')
      .getByRole('region', { name: 'Possible duplicates' })
      .getByRole('listitem');
    await after.filter({ hasText: CONTACT.id }).waitFor();
    expect(await after.filter({ hasText: DEMO_LEAD.id }).count()).toBe(0);
    await screenshot(page, 'merge-2-kept-record-page');

    expect((await sandboxCall(env.sandbox.origin, 'GET', `/Leads/${DEMO_LEAD.id}`)).status).not.toBe(200);
  });

  test('a new Lead typed with the merged-away Lead’s values finds the kept Lead, never the merged-away one', async () => {
    const page = await open('/Leads/new');
    await page.getByLabel('First Name').fill(DEMO_LEAD.values.First_Name);
    await page.getByLabel('Last Name').fill(DEMO_LEAD.values.Last_Name);
    await page.getByLabel('Company').fill(DEMO_LEAD.values.Company);
    await page.getByLabel('Phone').fill(DEMO_LEAD.values.Phone);
    await page.getByLabel('Email', { exact: true }).pressSequentially(DEMO_LEAD.values.Email);
    const cards = page.frameLocator('#flyout iframe').getByRole('listitem');
    // Zoho would refuse this save: the kept Lead now holds the email, and the flyout says so.
    await cards.filter({ hasText: BOB.id }).filter({ hasText: 'Email' }).waitFor();
    await cards.filter({ hasText: CONTACT.id }).waitFor();
    expect(await cards.filter({ hasText: DEMO_LEAD.id }).count()).toBe(0);
    await screenshot(page, 'merge-3-new-lead-after-merge');
  });
});
