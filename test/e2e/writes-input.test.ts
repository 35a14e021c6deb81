import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { openWidget, sandboxCall, scriptData } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';
import { newLead, poll, unique, type Watched, watch } from './support/writes';

const BLOCKS = 'Zoho will block this save (Email must be unique)';

/** Odd input and a rep outside the owner's visibility: every check ends in a true answer, nothing throws. */
describe('checks with odd input and limited visibility, in Chromium against the sandbox', () => {
  const env = useSandboxAndBrowser();
  let opened: Watched[] = [];
  afterEach(async () => {
    expect(opened.flatMap((w) => w.pageErrors)).toEqual([]);
    for (const w of opened) await w.page.context().close();
    opened = [];
  });

  const check = async (
    values: Record<string, string>,
    options: { readonly token?: string; readonly mode?: 'flyout' | 'save' } = {},
  ): Promise<Page> => {
    const page = await openWidget(env.browser, env.sandbox.origin, scriptData(values, options.mode), {
      ...(options.token ? { token: options.token } : {}),
      before: (p) => {
        opened.push(watch(p));
      },
    });
    return page;
  };
  const status = (page: Page) => page.getByRole('status').first();
  const neverOffline = async (page: Page) =>
    expect(await page.getByText(/You seem to be offline|went wrong|unexpected/).count()).toBe(0);

  test.each(['Wu😀', '𝓙𝓸𝓱𝓷', '高橋𠮷'])(
    'a name with astral characters (%s) is checked and its record found',
    async (name) => {
      const { email } = unique('Astral');
      const id = await newLead(env.sandbox.origin, { First_Name: 'Ming', Last_Name: name, Email: email });
      const page = await check({ First_Name: 'Ming', Last_Name: name, Email: email });
      await poll(() => status(page).textContent()).toMatch(/(possible|likely) duplicates? found/);
      const card = page.getByRole('listitem').filter({ hasText: id });
      await poll(() => card.textContent()).toContain(BLOCKS);
      expect(await card.textContent()).toContain(name);
      await neverOffline(page);

      // Typing on after the astral character: still a clean check.
      await page.evaluate(
        (data) => window.postMessage({ type: 'zdp:notify', data }, '*'),
        scriptData({ Last_Name: `${name}x`, Email: `other.${email}` }),
      );
      await poll(() => status(page).textContent()).toMatch(
        /No duplicates|(possible|likely) duplicates? found/,
      );
      await neverOffline(page);
      if (name === 'Wu😀') await screenshot(page, 'writes-astral-name');
    },
  );

  test.each([
    ['a non-breaking space', '\u00a0'],
    ['an ideographic space', '\u3000'],
    ['a byte-order mark', '\ufeff'],
  ])(
    'an email padded with %s is the blocking duplicate Zoho will refuse, not one the rep can save',
    async (_, pad) => {
      const { lastName, email } = unique('Pad');
      const id = await newLead(env.sandbox.origin, { Last_Name: lastName, Email: email });
      const padded = `${pad}${email}${pad}`;
      // Zoho compares the trimmed value: the sandbox refuses the padded email as a duplicate of the stored one.
      const refused = await sandboxCall(env.sandbox.origin, 'POST', '/Leads', {
        data: [{ Last_Name: lastName, Email: padded }],
      });
      expect(JSON.stringify(refused.body)).toContain('DUPLICATE_DATA');

      const page = await check({ Last_Name: lastName, Email: padded });
      const card = page.getByRole('listitem').filter({ hasText: id });
      await poll(() => card.textContent()).toContain(BLOCKS);
      // That record's card (other tests' Leads may be listed as likely ones) never says the rep can save.
      expect(await card.textContent()).not.toMatch(/you can still save/i);
      await neverOffline(page);
    },
  );

  test('a rep outside the owner’s visibility is told what the check cannot see, and offered nothing they cannot do', async () => {
    const { lastName, email } = unique('Hidden');
    // The admin's Lead: rep 2 sees only their own records.
    await newLead(env.sandbox.origin, { Last_Name: lastName, Email: email });
    const page = await check({ Last_Name: lastName, Email: email }, { token: 'sandbox-rep-2' });
    await poll(() => status(page).textContent()).toMatch(/No duplicates/);
    await page
      .getByText("Records you don't have access to are not checked; Zoho may still refuse the save.")
      .waitFor();
    expect(await page.getByRole('button', { name: /Update this record instead/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Open/ }).count()).toBe(0);
    await screenshot(page, 'writes-visibility-note');

    // Pressing Save: the popup offers no update of a record the rep cannot reach.
    const popup = await check(
      { Last_Name: lastName, Email: email },
      { token: 'sandbox-rep-2', mode: 'save' },
    );
    await popup
      .getByText("Records you don't have access to are not checked; Zoho may still refuse the save.")
      .waitFor();
    expect(await popup.getByRole('button', { name: /Update this record instead/ }).count()).toBe(0);
  });

  test('a 100,000-character name leaves the panel responsive: it answers, and the next keystroke is checked', async () => {
    const { lastName, email } = unique('Long');
    const id = await newLead(env.sandbox.origin, { First_Name: 'Ada', Last_Name: lastName, Email: email });
    const long = `${lastName}${'x'.repeat(100_000 - lastName.length)}`;
    const page = await check({ First_Name: 'Ada', Last_Name: long, Email: email });
    const card = page.getByRole('listitem').filter({ hasText: id });
    await poll(() => card.textContent()).toContain(BLOCKS);
    // The page still runs script promptly, and a new value is checked from scratch.
    expect(await page.evaluate(() => document.readyState)).toBe('complete');
    const next = unique('After');
    await page.evaluate(
      (data) => window.postMessage({ type: 'zdp:notify', data }, '*'),
      scriptData({ Last_Name: next.lastName, Email: next.email }),
    );
    await poll(() => status(page).textContent()).toMatch(/No duplicates/);
    await neverOffline(page);
  });
});
