import { AxeBuilder } from '@axe-core/playwright';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, type OnSave } from '../../src/dedupe/settings';
import { DEMO_DUPLICATES, DEMO_LEAD, SPECIAL_RECORDS } from '../../src/sandbox/seed';
import { encodeSettings, SETTINGS_VARIABLE } from '../../src/zoho/settings-codec';
import { screenshot } from './support/browser';
import { leadsWithEmail, sandboxApi, sandboxCall } from './support/sandbox';
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
  // A query (`?module=Leads`) on the first host page's address, or a path (`/Leads/<id>/edit`).
  const open = async (address: string, viewport = { width: 1360, height: 860 }): Promise<Page> => {
    // A context of its own: axe's multi-frame run needs one.
    const page = await (await env.browser.newContext({ viewport })).newPage();
    const url = new URL(address, `${env.sandbox.origin}/sandbox/index.html`);
    url.searchParams.set('as', 'sandbox-rep-1');
    await page.goto(url.href);
    return page;
  };
  // What the rep meets in the popup or the flyout, widget frame included: nothing serious or critical.
  const seriousViolations = async (page: Page, selector: string): Promise<string[]> => {
    const results = await new AxeBuilder({ page }).include(selector).analyze();
    // A frame's nodes are targeted as [iframe, node]: axe did look inside the widget.
    expect(results.passes.some((r) => r.nodes.some((n) => n.target.length > 1))).toBe(true);
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  /** Where each of the popup's decision buttons sits, against the popup frame's box on the page. */
  const decisionInView = async (page: Page) => {
    const frame = await page.locator('#popup iframe').boundingBox();
    const buttons = popup(page).locator('.decision .actions button');
    const names = await buttons.allTextContents();
    const viewport = page.viewportSize();
    const outside: string[] = [];
    for (const [i, name] of names.entries()) {
      const box = await buttons.nth(i).boundingBox();
      const inFrame =
        frame !== null &&
        box !== null &&
        box.y >= frame.y &&
        box.y + box.height <= frame.y + frame.height &&
        box.x >= frame.x &&
        box.x + box.width <= frame.x + frame.width;
      const inWindow = viewport !== null && box !== null && box.y + box.height <= viewport.height;
      if (!inFrame || !inWindow) outside.push(name);
    }
    return { names, outside, frame };
  };
  const popup = (page: Page): FrameLocator => page.frameLocator('#popup iframe');
  const flyout = (page: Page): FrameLocator => page.frameLocator('#flyout iframe');
  const type = async (page: Page, values: Readonly<Record<string, string>>) => {
    for (const [label, value] of Object.entries(values))
      await page.getByLabel(label, { exact: true }).fill(value);
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
      expect(await leadsWithEmail(env.sandbox.origin, NICKNAME.Email)).toBe(0);
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
      expect(await leadsWithEmail(env.sandbox.origin, TYPO.Email)).toBe(0);
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
      expect(await leadsWithEmail(env.sandbox.origin, NICKNAME.Email)).toBe(1);
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
    'in a small window a popup with one duplicate is as tall as its content, its reason one line and every choice in view',
    async () => {
      await setRule('warn');
      const page = await open('/Leads/new', { width: 720, height: 480 });
      // Only Mallory's Lead holds this email, and nothing else resembles a Lead called Nobody: a short popup.
      await type(page, { 'Last Name': 'Nobody', Email: SPECIAL_RECORDS.html.values.Email });
      await saveAndWaitForDecision(page);
      const frame = page.locator('#popup iframe');
      const content = popup(page).locator('main.widget');
      // The widget's Resize reaches the popup once it has laid out its answer.
      await expect
        .poll(async () => {
          const [outer, inner] = await Promise.all([frame.boundingBox(), content.boundingBox()]);
          return outer && inner ? Math.abs(outer.height - inner.height) : null;
        })
        .toBeLessThanOrEqual(1);
      expect((await frame.boundingBox())?.height).toBeLessThan(600);
      const { names, outside } = await decisionInView(page);
      expect(names).toEqual(['Update existing', "Don't save"]);
      expect(outside).toEqual([]);
      const reason = popup(page).locator('.reason');
      expect(await reason.textContent()).toContain(`Zoho will refuse: ${SPECIAL_RECORDS.html.values.Email}`);
      const lines = await reason.evaluate(
        (el) => el.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(el).lineHeight),
      );
      expect(lines).toBeLessThan(1.5);
      await screenshot(page, 'save-8-popup-fits-content');
      expect(await seriousViolations(page, '#popup')).toEqual([]);
      await popup(page).getByRole('button', { name: "Don't save" }).click();
      await expect.poll(() => page.locator('#status').textContent()).toBe('Save cancelled.');
    },
    FLOW_MS,
  );

  test(
    'a window shorter than the popup shrinks it to fit, and the three choices stay in view under a long list',
    async () => {
      await setRule('warn');
      const page = await open('/Leads/new', { width: 720, height: 480 });
      // The typo of Robert Smith: a likely duplicate beside Bob Smith and the Contact, and one Save anyway may pass.
      await type(page, TYPO);
      await saveAndWaitForDecision(page);
      const { names, outside, frame } = await decisionInView(page);
      expect(names).toEqual(['Update existing', 'Save anyway', "Don't save"]);
      expect(outside).toEqual([]);
      expect(frame?.height).toBeLessThan(480);
      await screenshot(page, 'save-9-popup-short-window');
      await popup(page).getByRole('button', { name: "Don't save" }).click();
    },
    FLOW_MS,
  );

  // Last in this file: the merge deletes Bob Smith, whom earlier tests find.
  test(
    'an edit page merges its record into the duplicate the flyout lists, after saying what moves and asking, and lands on the kept record',
    async () => {
      const bob = DEMO_DUPLICATES.nicknameLead;
      const page = await open(`/Leads/${bob.id}/edit`);
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
      const view = flyout(page).getByRole('region', { name: 'Merge this record into Robert Smith' });
      await view.getByRole('button', { name: 'Merge records' }).waitFor();
      expect(await view.textContent()).toContain(
        'Notes, activities, deals and other related records of the merged-away record move to Robert Smith.',
      );
      expect(await view.textContent()).toContain(`Bob Smith (${bob.id}) will be deleted`);
      await screenshot(page, 'save-7-edit-page-merge-into');
      // The first press only asks; nothing is merged until the rep says yes.
      await view.getByRole('button', { name: 'Merge records' }).click();
      await view.getByText('Merge now? The merged-away record is deleted.').waitFor();
      expect((await sandboxCall(env.sandbox.origin, 'GET', `/Leads/${bob.id}`)).status).toBe(200);
      expect(await seriousViolations(page, '#flyout')).toEqual([]);
      await screenshot(page, 'save-10-edit-page-merge-confirm');
      await Promise.all([
        page.waitForURL(new RegExp(`/Leads/${DEMO_LEAD.id}\\?`)),
        view.getByRole('button', { name: 'Yes, merge' }).click(),
      ]);

      await page.getByRole('status').filter({ hasText: 'Opened this Lead' }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Robert Smith');
      await screenshot(page, 'save-11-kept-record-after-edit-page-merge');
      // Bob Smith is gone: Zoho answers INVALID_DATA for his id, and the list's search no longer finds him.
      expect((await sandboxCall(env.sandbox.origin, 'GET', `/Leads/${bob.id}`)).status).toBe(400);
      await page.goto(`${env.sandbox.origin}/Leads?q=Acme&as=sandbox-rep-1`);
      await page.locator(`a[href="/Leads/${DEMO_LEAD.id}"]`).waitFor();
      expect(await page.locator(`a[href="/Leads/${bob.id}"]`).count()).toBe(0);
    },
    FLOW_MS,
  );
});
