import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_DUPLICATES, DEMO_LEAD } from '../../src/sandbox/seed';
import { screenshot } from './support/browser';
import { openWidget, sandboxCall } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

describe('the widget on a Lead’s record page, against the sandbox', () => {
  const env = useSandboxAndBrowser();

  const noViolations = async (page: Page) =>
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  // A related list widget hands over only the record's module and id.
  const openRecordPage = () =>
    openWidget(env.browser, env.sandbox.origin, { Entity: DEMO_LEAD.module, EntityId: [DEMO_LEAD.id] });
  const cards = (page: Page) =>
    page.getByRole('region', { name: 'Possible duplicates' }).getByRole('listitem');

  test('it lists the record’s planted duplicates and never the record itself', async () => {
    const page = await openRecordPage();
    await page
      .getByRole('status')
      .filter({ hasText: /(possible|likely) duplicates? found/ })
      .waitFor();
    const text = (await cards(page).allTextContents()).join('\n');
    expect(text).toContain(DEMO_DUPLICATES.nicknameLead.id);
    expect(text).toContain(DEMO_DUPLICATES.emailCaseContact.id);
    expect(text).not.toContain(DEMO_LEAD.id);
    expect(await page.getByRole('button', { name: /Update this record instead/ }).count()).toBe(0);
    await screenshot(page, 'widget-record-page-found');
    await noViolations(page);
  });

  test('merging the nickname Lead into it keeps this Lead and deletes the other, as it said it would', async () => {
    const page = await openRecordPage();
    const bob = cards(page).filter({ hasText: DEMO_DUPLICATES.nicknameLead.id });
    await bob.getByRole('checkbox', { name: /Select to merge/ }).check();
    await page.getByRole('button', { name: 'Merge 2 records' }).click();
    const removes = page.getByRole('region', { name: 'What this merge removes' });
    await expect
      .poll(() => removes.textContent())
      .toContain(`Bob Smith (${DEMO_DUPLICATES.nicknameLead.id}) will be deleted, and with it:`);
    await screenshot(page, 'widget-record-page-merge');
    await noViolations(page);

    await page.getByRole('button', { name: 'Merge records' }).click();
    await page.getByText('Records merged.').waitFor();
    await screenshot(page, 'widget-record-page-merged');
    await noViolations(page);
    expect((await sandboxCall(env.sandbox.origin, 'GET', `/Leads/${DEMO_LEAD.id}`)).status).toBe(200);
    expect(
      (await sandboxCall(env.sandbox.origin, 'GET', `/Leads/${DEMO_DUPLICATES.nicknameLead.id}`)).status,
    ).not.toBe(200);
  });
});
