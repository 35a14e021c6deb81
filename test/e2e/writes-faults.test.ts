import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings } from '../../src/dedupe/settings';
import { DEFAULT_RATE_WINDOW_MS } from '../../src/zoho/rate-gate';
import { encodeSettings, SETTINGS_VARIABLE } from '../../src/zoho/settings-codec';
import { screenshot } from './support/browser';
import { openWidget, sandboxCall, scriptData } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';
import {
  allLeadIds,
  createdSince,
  leadById,
  newLead,
  openUpdateInstead,
  poll,
  unique,
  type Watched,
  watch,
} from './support/writes';

const isLeadsWrite = (route: Route) =>
  route.request().method() === 'PUT' && new URL(route.request().url()).pathname === '/crm/v8/Leads';

/** Writes whose answer never arrives, and a storm of 429s: the rep is told what really happened. */
/**
 * The sandbox's own 429 while `storm.on`: every API request carries a spent budget, as Zoho answers once its limit
 * is used. Each request first waits for `ready`.
 */
const stormRoute = (page: Page, storm: { on: boolean }, ready: () => Promise<void> = async () => {}) =>
  page.route(
    (url) => url.pathname.startsWith('/crm/v8/'),
    async (route) => {
      await ready();
      const budget = { 'x-sandbox-options': JSON.stringify({ requestBudget: 0 }) };
      await route.continue(storm.on ? { headers: { ...route.request().headers(), ...budget } } : {});
    },
  );

describe('writes and checks under faults, in Chromium against the sandbox', () => {
  const env = useSandboxAndBrowser();
  let open: Watched | null = null;
  afterEach(async () => {
    expect(open?.pageErrors ?? []).toEqual([]);
    await open?.page.context().close();
    open = null;
  });

  const update = async (token = 'sandbox-rep-1') => {
    const { lastName, email } = unique('Fault');
    const id = await newLead(env.sandbox.origin, { Last_Name: lastName, Email: email });
    const before = await allLeadIds(env.sandbox.origin);
    open = await openUpdateInstead(
      env.browser,
      env.sandbox.origin,
      { Last_Name: lastName, Email: email, Mobile: '5550109002' },
      token,
    );
    return { id, before, page: open.page };
  };
  const mobileOf = async (id: string) => (await leadById(env.sandbox.origin, id))?.Mobile ?? null;
  const undoes = async (page: Page, id: string) => {
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Your change was undone.').waitFor();
    expect(await mobileOf(id)).toBeNull();
  };

  test.each([
    ['the connection drops', (route: Route) => route.abort('connectionreset')],
    [
      'a gateway answers an HTML page',
      (route: Route) =>
        route.fulfill({
          status: 502,
          contentType: 'text/html',
          body: '<html><body>502 Bad Gateway</body></html>',
        }),
    ],
    // Never answered: the widget's own timeout ends the wait.
    ['nothing answers before the timeout', () => Promise.resolve()],
  ])('a write that landed but whose answer is lost (%s) is reported as done, with Undo', async (_, lose) => {
    const { id, before, page } = await update();
    await page.route(
      (url) => url.pathname === '/crm/v8/Leads',
      async (route) => {
        if (!isLeadsWrite(route)) return route.continue();
        await route.fetch();
        await lose(route);
      },
    );
    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText('Record updated.').waitFor({ timeout: 20_000 });
    expect(await mobileOf(id)).toBe('5550109002');
    expect(await page.getByText(/Someone changed|went wrong|took too long|offline/).count()).toBe(0);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await undoes(page, id);
    expect(await createdSince(env.sandbox.origin, before)).toEqual([]);
  });

  test('a write the sandbox applies only after a 6 s latency is found landed on Try again, never called a colleague’s change', async () => {
    // Sandbox options are the admin's: the rep here is the admin, whose write Zoho holds for 6 s.
    const { id, before, page } = await update('sandbox-admin');
    await page.route(
      (url) => url.pathname === '/crm/v8/Leads',
      (route) =>
        isLeadsWrite(route)
          ? route.continue({
              headers: {
                ...route.request().headers(),
                'x-sandbox-options': JSON.stringify({ latencyMs: 6000 }),
              },
            })
          : route.continue(),
    );
    await page.getByRole('button', { name: 'Update record' }).click();
    await page
      .getByText('Zoho CRM took too long to answer. Try again in a moment.')
      .waitFor({ timeout: 20_000 });
    await poll(() => mobileOf(id)).toBe('5550109002');

    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Record updated.').waitFor();
    expect(await page.getByText(/Someone changed this record/).count()).toBe(0);
    await screenshot(page, 'writes-landed-late');
    await undoes(page, id);
    expect(await createdSince(env.sandbox.origin, before)).toEqual([]);
  });

  test('a record-page merge that landed but whose answer was lost is reported as merged, never as failed', async () => {
    const { lastName } = unique('Merge');
    const person = { First_Name: 'Ada', Last_Name: lastName, Mobile: '5550107777', City: 'Leeds' };
    const main = await newLead(env.sandbox.origin, { ...person, Email: `${lastName}@one.example` });
    const child = await newLead(env.sandbox.origin, { ...person, Email: `${lastName}@two.example` });
    const page = await openWidget(
      env.browser,
      env.sandbox.origin,
      { Entity: 'Leads', EntityId: [main] },
      {
        before: (p) => {
          open = watch(p);
        },
      },
    );
    let answersLost = 0;
    await page.route(
      (url) => url.pathname.endsWith('/actions/merge'),
      async (route) => {
        await route.fetch();
        answersLost++;
        await route.abort('connectionreset');
      },
    );
    const card = page
      .getByRole('region', { name: 'Possible duplicates' })
      .getByRole('listitem')
      .filter({ hasText: child });
    await card.getByRole('checkbox', { name: /Select to merge/ }).check();
    await page.getByRole('button', { name: 'Merge 2 records' }).click();
    await page.getByRole('button', { name: 'Merge records' }).click();
    await page.getByText('Records merged.').waitFor();
    expect(answersLost).toBe(1);
    expect(await page.getByText(/went wrong|offline|unexpected/).count()).toBe(0);
    expect(await leadById(env.sandbox.origin, main)).not.toBeNull();
    expect(await leadById(env.sandbox.origin, child)).toBeNull();
  });

  test('in a 429 storm, 30 keystrokes send no call while checking is paused, and the panel says so', async () => {
    const storm = { on: true };
    const page = await openWidget(
      env.browser,
      env.sandbox.origin,
      scriptData({ Last_Name: 'Storm', Email: 'storm0@writes.example' }),
      {
        token: 'sandbox-admin',
        before: (p) => {
          open = watch(p);
          void stormRoute(p, storm);
        },
      },
    );
    const watched = open as Watched | null;
    if (!watched) throw new Error('the page was not watched');
    await page.getByText(/checking pauses for \d+ s and resumes by itself/).waitFor();
    const beforeKeys = watched.calls.length;
    const paused = page.getByText(/checking pauses for \d+ s and resumes by itself/);
    const type = (values: Record<string, string>) =>
      page.evaluate((data) => window.postMessage({ type: 'zdp:notify', data }, '*'), scriptData(values));
    for (let i = 1; i <= 30; i++) {
      // Each keystroke's check is seen to run (the pause notice comes back) between two cleared fields.
      await type({ Last_Name: '', Email: '' });
      await paused.waitFor({ state: 'detached' });
      await type({ Last_Name: `Storm${i}`, Email: `storm${i}@writes.example` });
      await paused.waitFor();
    }
    const inWindow = watched.calls.length - beforeKeys;
    await screenshot(page, 'writes-429-paused');
    storm.on = false;
    expect(inWindow).toBe(0);
    // All calls of the storm were the first check's, before Zoho's 429 paused the rest.
    expect(beforeKeys).toBeLessThanOrEqual(8);
    expect(await page.getByText(/You seem to be offline/).count()).toBe(0);
  });

  test('after a 429 storm ends, checking resumes by itself once the pause is over and finds the duplicate', async () => {
    const { lastName, email } = unique('Recover');
    const id = await newLead(env.sandbox.origin, { Last_Name: lastName, Email: email });
    const form = { Last_Name: lastName, Email: email };
    const storm = { on: true };
    let clockReady: Promise<void> = Promise.resolve();
    const page = await openWidget(env.browser, env.sandbox.origin, scriptData(form), {
      token: 'sandbox-admin',
      before: (p) => {
        open = watch(p);
        // The page's Date, performance, setTimeout and requestAnimationFrame run on Playwright's clock, so the
        // 60 s pause is skipped with fastForward instead of waited out. No API call is let through before the
        // clock is in, so the rate gate's Date.now() and the widget's resume timer are both the fake clock's.
        clockReady = p.clock.install();
        void stormRoute(p, storm, () => clockReady);
      },
    });
    const watched = open as Watched | null;
    if (!watched) throw new Error('the page was not watched');
    await clockReady;
    const paused = page.getByText(/checking pauses for \d+ s and resumes by itself/);
    await paused.waitFor();
    const card = page
      .getByRole('region', { name: 'Possible duplicates' })
      .getByRole('listitem')
      .filter({ hasText: id });
    expect(await card.count()).toBe(0);

    // The storm is over: a call would now be answered, yet none goes out before Zoho's window ends.
    storm.on = false;
    const beforeWindow = watched.calls.length;
    const type = (values: Record<string, string>) =>
      page.evaluate((data) => window.postMessage({ type: 'zdp:notify', data }, '*'), scriptData(values));
    for (let i = 0; i < 3; i++) {
      await type({ Last_Name: '', Email: '' });
      await paused.waitFor({ state: 'detached' });
      await type(form);
      await paused.waitFor();
    }
    const inWindow = watched.calls.length - beforeWindow;

    // Past the window, with no keystroke: the widget's own resume timer runs the check again.
    await page.clock.fastForward(DEFAULT_RATE_WINDOW_MS + 1000);
    await card.waitFor({ timeout: 20_000 });
    await paused.waitFor({ state: 'detached' });
    const afterWindow = watched.calls.length - beforeWindow - inWindow;
    await screenshot(page, 'writes-429-resumed');
    expect(inWindow).toBe(0);
    expect(afterWindow).toBeGreaterThan(0);
    // One check's worth of calls, as the first check of the storm made (see the test above).
    expect(afterWindow).toBeLessThanOrEqual(8);
    expect(await page.getByText(/You seem to be offline|went wrong|unexpected/).count()).toBe(0);
  });
});

describe('a check that meets an odd answer under the admin’s block, in Chromium against the sandbox', () => {
  const env = useSandboxAndBrowser();

  test.each([
    ['an HTML gateway page', 502, 'text/html', '<html><body>502 Bad Gateway</body></html>'],
    ['a truncated JSON answer', 200, 'application/json', '{"data":[{"id":"48760000'],
  ])(
    '%s is named as Zoho answering something unexpected, with a retry and never Save anyway',
    async (_, status, contentType, body) => {
      const settings = mergeSettings(DEFAULT_SETTINGS, { modules: { Leads: { onSave: 'block' } } });
      const rule = await sandboxCall(env.sandbox.origin, 'PUT', '/settings/variables', {
        variables: [{ api_name: SETTINGS_VARIABLE, value: encodeSettings(settings) }],
      });
      expect(rule.status).toBeLessThan(300);
      let watched: Watched | null = null;
      const page = await openWidget(
        env.browser,
        env.sandbox.origin,
        scriptData({ Last_Name: 'Odd', Email: 'odd.answer@writes.example' }, 'save'),
        {
          before: (p) => {
            watched = watch(p);
            // Every search and COQL read meets the odd answer; the admin's rule is read as usual.
            void p.route(
              (url) => url.pathname.endsWith('/search') || url.pathname.endsWith('/coql'),
              (route) => route.fulfill({ status, contentType, body }),
            );
          },
        },
      );
      await page.getByText('Zoho CRM answered something unexpected. Try again.').first().waitFor();
      await page.getByRole('button', { name: "Don't save" }).waitFor();
      expect(await page.getByRole('button', { name: 'Try again' }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('button', { name: 'Save anyway' }).count()).toBe(0);
      expect(await page.getByText(/You seem to be offline/).count()).toBe(0);
      expect((watched as Watched | null)?.pageErrors).toEqual([]);
      await screenshot(page, `writes-odd-answer-${status}`);
      await page.context().close();
    },
  );
});
