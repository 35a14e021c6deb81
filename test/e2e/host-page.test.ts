import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, screenshot } from './support/browser';
import { fakeWidgetAndCrm } from './support/sandbox-fake-widget';
import { serveStatic } from './support/static-server';

// The host page alone, against a fake widget and API: its ZDK stand-in and message protocol.
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(resolve(import.meta.dirname, '../../build'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const flyoutFrame = (page: Page) => page.frameLocator('#flyout iframe');
const popupFrame = (page: Page) => page.frameLocator('#popup iframe');

const openCreatePage = async (query = '?module=Leads') => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const crm = await fakeWidgetAndCrm(page, { id: '555', Last_Name: 'Okafor', Email: 'nina@zylker.example' });
  // The sandbox server answers every CRM page address with the one host page; so does this static server.
  await page.route(
    (url) => /^\/(Leads|Contacts|Accounts|Deals)(\/|$)/.test(url.pathname),
    (route) => route.fulfill({ path: resolve(import.meta.dirname, '../../build/sandbox/index.html') }),
  );
  await page.goto(`${server.origin}/sandbox/index.html${query}`);
  return { page, crm, errors };
};

const fillLead = async (page: Page) => {
  await page.getByLabel('Last Name').fill('Lee');
  await page.getByLabel('Company').fill('Zylker');
  await page.getByLabel('Email', { exact: true }).pressSequentially('ann@zylker.example');
};

test('typing an email opens the flyout with the form values, and more typing notifies it', async () => {
  const { page, errors } = await openCreatePage();
  await fillLead(page);
  await expect.poll(() => flyoutFrame(page).locator('#start').textContent()).toContain('ann@zylker.example');
  const start = JSON.parse((await flyoutFrame(page).locator('#start').textContent()) ?? 'null');
  expect(start).toMatchObject({ source: 'client-script', module: 'Leads', mode: 'flyout' });
  expect(start.values).toMatchObject({ Last_Name: 'Lee', Company: 'Zylker', Email: 'ann@zylker.example' });
  await page.getByLabel('Phone').fill('555 0100');
  await expect.poll(() => flyoutFrame(page).locator('#notified').textContent()).toContain('555 0100');
  await flyoutFrame(page).locator('#populate').click();
  await expect.poll(() => page.getByLabel('Phone').inputValue()).toBe('555 0199');
  await screenshot(page, 'host-fake-flyout');
  expect(errors).toEqual([]);
});

test('a blocking duplicate opens the popup, and "cancel" keeps the record unsaved', async () => {
  const { page, crm } = await openCreatePage();
  crm.found = [{ id: '900', Email: 'ANN@zylker.example' }];
  await fillLead(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => popupFrame(page).locator('#start').textContent()).toContain('"mode":"save"');
  await screenshot(page, 'host-fake-popup');
  await popupFrame(page).locator('#cancel').click();
  await expect.poll(() => page.locator('#status').textContent()).toBe('Save cancelled.');
  expect(crm.requests.filter((r) => r.method === 'POST')).toEqual([]);
});

test('"save anyway" from the popup inserts the form values', async () => {
  const { page, crm } = await openCreatePage();
  crm.found = [{ id: '900', Email: 'ann@zylker.example' }];
  await fillLead(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await popupFrame(page).locator('#save').click();
  await expect.poll(() => page.locator('#status').textContent()).toBe('Lead saved.');
  const post = crm.requests.find((r) => r.method === 'POST');
  expect(post?.body).toEqual({
    data: [{ Last_Name: 'Lee', Company: 'Zylker', Email: 'ann@zylker.example' }],
  });
  expect(new URL(page.url()).pathname).toBe('/Leads/777');
});

test('closing the popup cancels the save', async () => {
  const { page, crm } = await openCreatePage();
  crm.found = [{ id: '900', Email: 'ann@zylker.example' }];
  await fillLead(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await popupFrame(page).locator('#start').waitFor();
  await page.getByRole('button', { name: 'Close popup' }).click();
  await expect.poll(() => page.locator('#status').textContent()).toBe('Save cancelled.');
  expect(crm.requests.some((r) => r.method === 'POST')).toBe(false);
});

test('"update existing" goes to the updated record instead of saving', async () => {
  const { page, crm } = await openCreatePage();
  crm.found = [{ id: '900', Email: 'ann@zylker.example' }];
  await fillLead(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await popupFrame(page).locator('#update').click();
  await page.waitForURL(/\/Leads\/900\?/);
  await expect.poll(() => page.locator('#status').textContent()).toContain('Opened this Lead');
  expect(crm.requests.some((r) => r.method === 'POST')).toBe(false);
});

test('a widget closing itself (ZDK.Client.closeSelf) closes the flyout, and answers the save popup', async () => {
  const { page, crm } = await openCreatePage();
  await fillLead(page);
  await flyoutFrame(page).locator('#close-self').click();
  await expect.poll(() => page.locator('#flyout').isHidden()).toBe(true);
  crm.found = [{ id: '900', Email: 'ann@zylker.example' }];
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await popupFrame(page).locator('#close-self').click();
  await expect.poll(() => page.locator('#status').textContent()).toBe('Save cancelled.');
  expect(await page.locator('#popup').getAttribute('open')).toBeNull();
});

test('the edit page loads the record and tells the flyout which record it is', async () => {
  const { page } = await openCreatePage('?module=Contacts&id=555');
  await expect.poll(() => page.getByLabel('Last Name').inputValue()).toBe('Okafor');
  await page.getByLabel('Phone').fill('555');
  await expect.poll(() => flyoutFrame(page).locator('#start').textContent()).toContain('"recordId":"555"');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Edit Contact');
});
