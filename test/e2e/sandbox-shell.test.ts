import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_DUPLICATES, DEMO_LEAD } from '../../src/sandbox/seed';
import { SCREENSHOTS, screenshot } from './support/browser';
import { sandboxApi, sandboxCall } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

const BOB = DEMO_DUPLICATES.nicknameLead;

describe('the sandbox CRM shell: lists, record pages, deep links, phones', () => {
  const env = useSandboxAndBrowser();

  const open = async (path: string, width = 1280, height = 860): Promise<Page> => {
    const page = await env.browser.newPage({ viewport: { width, height } });
    const join = path.includes('?') ? '&' : '?';
    await page.goto(`${env.sandbox.origin}${path}${join}as=sandbox-rep-1`);
    return page;
  };
  const rowLink = (page: Page, module: string, id: string) =>
    page.locator(`table.list a[href="/${module}/${id}"]`);
  const heading = (page: Page) => page.getByRole('heading', { level: 1 });
  // A record page titles itself "Lead <id>" until its record has loaded: wait for the title, then read it.
  const headingOnceIs = async (page: Page, text: string) => {
    await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
    return heading(page).textContent();
  };
  const searchList = async (page: Page, text: string) => {
    await page.getByRole('searchbox').fill(text);
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL(new RegExp(`[?&]q=${text}`));
    await page
      .getByRole('status')
      .filter({ hasText: `matching “${text}”` })
      .waitFor();
  };
  const existingAccount = async (name: string) => {
    const body = (await sandboxApi(
      env.sandbox.origin,
      `/Accounts/search?criteria=${encodeURIComponent(`(Account_Name:equals:${name})`)}`,
    )) as { data: { id: string; Phone?: string }[] };
    const account = body.data[0];
    if (!account) throw new Error(`the seed has no Account named ${name}`);
    return account;
  };

  test('a rep goes from the Leads list to a Lead and merges its nickname duplicate there; the next check and the list then show one of the two', async () => {
    const page = await open('/Leads');
    await searchList(page, 'Acme');
    await rowLink(page, 'Leads', BOB.id).waitFor();
    await screenshot(page, 'shell-1-leads-list');

    await rowLink(page, 'Leads', DEMO_LEAD.id).click();
    await page.waitForURL(new RegExp(`/Leads/${DEMO_LEAD.id}$`));
    expect(await headingOnceIs(page, 'Robert Smith')).toBe('Robert Smith');
    const widget = page.frameLocator('.related iframe');
    const cards = widget.getByRole('region', { name: 'Possible duplicates' }).getByRole('listitem');
    const bob = cards.filter({ hasText: BOB.id });
    await bob.waitFor();
    await screenshot(page, 'shell-2-record-page-lists-duplicates');
    // The link Zoho's record page would take stays inside the sandbox.
    await expect
      .poll(() => bob.getByRole('link', { name: /Open record/ }).getAttribute('href'))
      .toBe(`${env.sandbox.origin}/Leads/${BOB.id}`);

    await bob.getByRole('checkbox', { name: /Select to merge/ }).check();
    await widget.getByRole('button', { name: 'Merge 2 records' }).click();
    // The merge ends on the kept record's page, loaded anew, as Zoho's own merge does.
    await Promise.all([
      page.waitForURL(new RegExp(`/Leads/${DEMO_LEAD.id}\\?notice=opened`)),
      widget.getByRole('button', { name: 'Merge records' }).click(),
    ]);
    await page.getByRole('status').filter({ hasText: 'Opened this Lead' }).waitFor();

    // A merge followed by a new check never shows the merged-away record.
    await cards.filter({ hasText: DEMO_DUPLICATES.emailCaseContact.id }).waitFor();
    expect(await cards.filter({ hasText: BOB.id }).count()).toBe(0);
    await screenshot(page, 'shell-3-record-page-after-merge');

    await page.getByRole('link', { name: 'All Leads' }).click();
    await searchList(page, 'Acme');
    await rowLink(page, 'Leads', DEMO_LEAD.id).waitFor();
    expect(await rowLink(page, 'Leads', BOB.id).count()).toBe(0);
    await screenshot(page, 'shell-4-leads-list-after-merge');
  });

  test('an Account’s create page flags the existing account typed as a name variant, and the button widget fills the form from it', async () => {
    const acme = await existingAccount('Acme Inc');
    const page = await open('/Accounts/new');
    expect(await headingOnceIs(page, 'Create Account')).toBe('Create Account');
    // The name as a rep might type it (other case, comma, full stop) and the website without its scheme.
    await page.getByLabel('Account Name').pressSequentially('ACME, Inc.');
    await page.getByLabel('Website').pressSequentially('acme.com');
    const flyout = page.frameLocator('#flyout iframe');
    const card = flyout.getByRole('listitem').filter({ hasText: acme.id });
    await card.waitFor();
    expect(await card.textContent()).toContain('Account Name');
    await screenshot(page, 'shell-5-account-name-variant-flyout');

    await page.getByRole('button', { name: 'Check for duplicates' }).click();
    const button = page.frameLocator('#button-popup iframe');
    const found = button.getByRole('listitem').filter({ hasText: acme.id });
    await found.getByRole('button', { name: 'Fill the form from this record' }).click();
    await expect.poll(() => page.getByLabel('Phone').inputValue()).toBe(acme.Phone);
    await screenshot(page, 'shell-6-button-widget-filled-form');
  });

  test('an Account’s edit page flags the existing account its new name is a variant of, and never the account being edited', async () => {
    const acme = await existingAccount('Acme Inc');
    const body = (await sandboxApi(env.sandbox.origin, '/Accounts?fields=Account_Name&per_page=20')) as {
      data: { id: string; Account_Name: string }[];
    };
    const edited = body.data.find((a) => !/acme/i.test(a.Account_Name));
    if (!edited) throw new Error('the seed has no Account other than Acme');
    const page = await open(`/Accounts/${edited.id}/edit`);
    expect(await headingOnceIs(page, 'Edit Account')).toBe('Edit Account');
    const name = page.getByLabel('Account Name');
    await expect.poll(() => name.inputValue()).toBe(edited.Account_Name);
    await name.fill('');
    await name.pressSequentially('ACME, Inc.');
    await page.getByLabel('Website').fill('');
    await page.getByLabel('Website').pressSequentially('acme.com');
    // The account becomes Acme: its old billing address goes too (another street would mean another Acme site).
    for (const label of ['Billing Street', 'Billing City', 'Billing Code'])
      await page.getByLabel(label).fill('');
    const cards = page.frameLocator('#flyout iframe').getByRole('listitem');
    await cards.filter({ hasText: acme.id }).waitFor();
    expect(await cards.filter({ hasText: edited.id }).count()).toBe(0);
    await screenshot(page, 'shell-6b-account-edit-page-flyout');
  });

  test('deep links open the page they name, and / keeps its query string', async () => {
    const page = await open('/Contacts/new');
    expect(await headingOnceIs(page, 'Create Contact')).toBe('Create Contact');
    await page.goto(`${env.sandbox.origin}/Leads/${DEMO_LEAD.id}/edit`);
    expect(await headingOnceIs(page, 'Edit Lead')).toBe('Edit Lead');
    await expect
      .poll(() => page.getByLabel('Email', { exact: true }).inputValue())
      .toBe(DEMO_LEAD.values.Email);
    await page.goto(`${env.sandbox.origin}/?module=Contacts`);
    expect(await headingOnceIs(page, 'Create Contact')).toBe('Create Contact');
    await page.goto(`${env.sandbox.origin}/Deals?page=2`);
    expect(await headingOnceIs(page, 'Deals')).toBe('Deals');
    await page.getByRole('link', { name: 'Previous page' }).waitFor();
    expect(await page.locator('table.list tbody tr').count()).toBeGreaterThan(0);
    await page.goto(`${env.sandbox.origin}/Leads/0000`);
    await page.getByRole('status').filter({ hasText: 'No Lead with id 0000' }).waitFor();
  });

  test('at 390 px the flyout sits below the field being typed in, and the next field can still be typed in', async () => {
    const page = await open('/Leads/new', 390, 844);
    await page.getByLabel('First Name').fill(DEMO_LEAD.values.First_Name);
    await page.getByLabel('Last Name').fill(DEMO_LEAD.values.Last_Name);
    await page.getByLabel('Company').fill(DEMO_LEAD.values.Company);
    const email = page.getByLabel('Email', { exact: true });
    await email.pressSequentially(DEMO_LEAD.values.Email);
    await expect
      .poll(() => page.frameLocator('#flyout iframe').locator('body').textContent())
      .toContain(DEMO_LEAD.id);
    const below = async (field: typeof email) => {
      const [box, sheet] = await Promise.all([field.boundingBox(), page.locator('#flyout').boundingBox()]);
      return (box?.y ?? Number.POSITIVE_INFINITY) + (box?.height ?? 0) <= (sheet?.y ?? 0);
    };
    await expect.poll(() => below(email)).toBe(true);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'shell-7-390px-flyout-below-email.png') });

    // A click the flyout intercepted would fail here: the field must be reachable and visible above it.
    const mobile = page.getByLabel('Mobile');
    await mobile.click();
    await mobile.pressSequentially('5550109999');
    await expect.poll(() => below(mobile)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Every module and Setup are in sight at the top, none scrolled out of the bar.
    for (const name of ['Leads', 'Contacts', 'Accounts', 'Deals', 'Import', 'Setup']) {
      const box = await page
        .getByRole('navigation', { name: 'Modules' })
        .getByRole('link', { name })
        .boundingBox();
      expect((box?.x ?? Number.POSITIVE_INFINITY) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    }
    // What the rep sees: the viewport, where the sheet is fixed to the bottom edge.
    await page.screenshot({ path: resolve(SCREENSHOTS, 'shell-8-390px-typing-mobile.png') });
  });

  test('the role note says what the signed-in user may do, and the widget speaks the language picked', async () => {
    const page = await open('/Leads');
    await expect.poll(() => page.locator('#user-note').textContent()).toMatch(/^Sales rep/);
    // Each switch reloads the page: wait for that load before the next step.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByLabel('Signed in as').selectOption('sandbox-admin'),
    ]);
    await expect.poll(() => page.locator('#user-note').textContent()).toMatch(/^Administrator/);
    await Promise.all([page.waitForEvent('load'), page.getByLabel('Widget language').selectOption('de')]);
    await page.goto(`${env.sandbox.origin}/Leads/${DEMO_LEAD.id}`);
    await page
      .frameLocator('.related iframe')
      .getByText(/(mögliche|wahrscheinliche) Dubletten? gefunden/)
      .waitFor();
    await screenshot(page, 'shell-9-record-page-in-german');
    // A view that loads on first use brings its own German table (views-de.json): the save popup's choices.
    await page.goto(`${env.sandbox.origin}/Leads/new`);
    await page.getByLabel('Email', { exact: true }).fill(DEMO_LEAD.values.Email);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page
      .frameLocator('#popup iframe')
      .getByRole('button', { name: 'Nicht speichern' })
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'shell-10-save-popup-in-german');
  });

  test('Reset demo data brings back what a rep deleted, and says so', async () => {
    const contact = DEMO_DUPLICATES.emailCaseContact;
    const removed = await sandboxCall(env.sandbox.origin, 'DELETE', `/Contacts?ids=${contact.id}`);
    expect(removed.status).toBe(200);
    expect((await sandboxCall(env.sandbox.origin, 'GET', `/Contacts/${contact.id}`)).status).not.toBe(200);
    const page = await open('/Contacts');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Reset demo data' }).click();
    await page.getByRole('status').filter({ hasText: 'Demo data restored' }).waitFor();
    expect((await sandboxCall(env.sandbox.origin, 'GET', `/Contacts/${contact.id}`)).status).toBe(200);
  });
});
