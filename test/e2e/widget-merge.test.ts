import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_LEAD } from '../../src/sandbox/seed';
import { screenshot } from './support/browser';
import { openWidget, sandboxApi, sandboxCall, scriptData } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

type Lead = { readonly Mobile?: string | null; readonly Company?: string | null };

describe('"Update this record instead" against the sandbox', () => {
  const env = useSandboxAndBrowser();

  const demoLead = async (): Promise<Lead> =>
    ((await sandboxApi(env.sandbox.origin, `/Leads/${DEMO_LEAD.id}`)) as { data: Lead[] }).data[0] ?? {};
  const leadsWithEmail = async (): Promise<number> => {
    const body = (await sandboxApi(
      env.sandbox.origin,
      `/Leads/search?email=${encodeURIComponent(DEMO_LEAD.values.Email)}`,
    )) as { data?: unknown[] } | null;
    return body?.data?.length ?? 0;
  };
  const noViolations = async (page: Page) =>
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const openMerge = async (mobile: string): Promise<Page> => {
    const values = { Last_Name: 'Smith', Email: DEMO_LEAD.values.Email, Mobile: mobile };
    const page = await openWidget(env.browser, env.sandbox.origin, scriptData(values, 'save'));
    await page
      .getByRole('button', { name: /Update this record instead/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Update record' }).waitFor();
    return page;
  };

  test('the merge updates the existing Lead, creates none, and Undo restores it', async () => {
    const page = await openMerge('5550107777');
    const mobile = page.getByRole('group', { name: 'Mobile' });
    expect(await mobile.getByRole('radio', { name: /From the form/ }).isChecked()).toBe(true);
    expect(await page.getByRole('region', { name: 'What will change' }).textContent()).toContain(
      'Mobile: (empty) → 5550107777',
    );
    await screenshot(page, 'widget-5-merge-view');
    await noViolations(page);

    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText('Record updated.').waitFor();
    expect((await demoLead()).Mobile).toBe('5550107777');
    expect(await leadsWithEmail()).toBe(1);
    await screenshot(page, 'widget-6-merge-done');
    await noViolations(page);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Your change was undone.').waitFor();
    expect((await demoLead()).Mobile ?? null).toBeNull();
    await screenshot(page, 'widget-7-undone');

    await page.getByRole('button', { name: /^Discard it and open/ }).click();
    await expect
      .poll(() => page.evaluate(() => (window as { __closed?: unknown }).__closed))
      .toEqual({
        action: 'updated-existing',
        recordId: DEMO_LEAD.id,
      });
  });

  test('a colleague’s edit between preview and confirm (412) is kept, shown, and the rep is asked again', async () => {
    const page = await openMerge('5550108888');
    // Zoho's times have one-second resolution: the colleague's edit lands two seconds on by the sandbox's
    // clock (its `nowMs` option), so it is "after" the preview without the test waiting for it.
    const later = { 'X-Sandbox-Options': JSON.stringify({ nowMs: Date.now() + 2_000 }) };
    const edit = await sandboxCall(
      env.sandbox.origin,
      'PUT',
      '/Leads',
      { data: [{ id: DEMO_LEAD.id, Company: 'Acme Holdings', Mobile: '5550100000' }] },
      'sandbox-admin',
      later,
    );
    expect(edit.status).toBe(200);

    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText(/Someone changed this record/).waitFor();
    expect(await page.getByRole('group', { name: /Mobile/ }).textContent()).toContain(
      'Changed since you opened it',
    );
    // Nothing was written blindly: the colleague's values are all still there.
    expect(await demoLead()).toMatchObject({ Company: 'Acme Holdings', Mobile: '5550100000' });
    await screenshot(page, 'widget-8-changed-meanwhile');
    await noViolations(page);

    // The rep now sees the colleague's Mobile and chooses the form's value knowingly.
    await page
      .getByRole('group', { name: /Mobile/ })
      .getByRole('radio', { name: /From the form/ })
      .check();
    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText('Record updated.').waitFor();
    expect(await demoLead()).toMatchObject({ Company: 'Acme Holdings', Mobile: '5550108888' });
    expect(await leadsWithEmail()).toBe(1);
  });
});
