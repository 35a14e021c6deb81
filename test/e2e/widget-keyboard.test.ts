import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_LEAD } from '../../src/sandbox/seed';
import { screenshot } from './support/browser';
import { openWidget, sandboxApi, scriptData } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

type Focus = {
  readonly tag: string;
  readonly text: string;
  readonly group: string | null;
  readonly checked: boolean;
  readonly visible: boolean;
  readonly outline: string;
};

/** What has focus: its text (a radio's label), its fieldset's legend, and whether it shows a focus ring. */
const focused = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.closest('label') ?? el).textContent?.trim() ?? '',
      group: el.closest('fieldset')?.querySelector('legend')?.textContent ?? null,
      checked: (el as HTMLInputElement).checked === true,
      visible: el.matches(':focus-visible'),
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle}`,
    };
  });

/** Presses Tab (or Shift+Tab) until focus is on what `want` accepts; fails after 40 presses. */
const tabTo = async (page: Page, want: (f: Focus) => boolean, key = 'Tab'): Promise<Focus> => {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (want(now)) return now;
  }
  throw new Error(`no ${key} stop matched; last was ${JSON.stringify(await focused(page))}`);
};

const button = (name: string | RegExp) => (f: Focus) =>
  f.tag === 'button' && (typeof name === 'string' ? f.text === name : name.test(f.text));

describe('the widget with the keyboard only', () => {
  const env = useSandboxAndBrowser();

  const company = async () =>
    ((await sandboxApi(env.sandbox.origin, `/Leads/${DEMO_LEAD.id}`)) as { data: { Company?: string }[] })
      .data[0]?.Company;

  test('a rep updates the existing Lead, picks a value and undoes it without a mouse, always seeing focus', async () => {
    const values = { Last_Name: 'Smith', Email: DEMO_LEAD.values.Email, Company: 'Acme Holdings' };
    const page = await openWidget(env.browser, env.sandbox.origin, scriptData(values, 'save'));
    await page
      .getByRole('button', { name: /Update this record instead/ })
      .first()
      .waitFor();

    const opener = await tabTo(page, button(/^Update this record instead/));
    expect(opener).toMatchObject({ visible: true });
    expect(opener.outline).not.toBe('none');
    await screenshot(page, 'widget-keyboard-1-update-focused');

    // Opening moves focus to the view's heading; Back returns it to the button that opened the view.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Update record' }).waitFor();
    expect((await focused(page)).tag).toBe('h2');
    await tabTo(page, button('Back'));
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', text: opener.text, visible: true });
    await screenshot(page, 'widget-keyboard-2-back-focus-returned');

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Update record' }).waitFor();
    expect((await focused(page)).tag).toBe('h2');
    const choice = await tabTo(page, (f) => f.group === 'Company');
    expect(choice).toMatchObject({ tag: 'input', checked: true, text: 'In ZohoAcme Inc', visible: true });
    expect(choice.outline).not.toBe('none');
    // A radio group is one Tab stop; its options are chosen with the arrow keys, as in every browser.
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ checked: true, text: 'From the formAcme Holdings' });
    await expect
      .poll(() => page.getByRole('region', { name: 'What will change' }).textContent())
      .toContain('Company: Acme Inc → Acme Holdings');
    await screenshot(page, 'widget-keyboard-3-choice');

    expect(await tabTo(page, button('Update record'))).toMatchObject({ visible: true });
    await page.keyboard.press('Enter');
    await page.getByText('Record updated.').waitFor();
    expect(await company()).toBe('Acme Holdings');

    expect(await tabTo(page, button('Undo'))).toMatchObject({ visible: true });
    await screenshot(page, 'widget-keyboard-4-undo-focused');
    await page.keyboard.press('Space');
    await page.getByText('Your change was undone.').waitFor();
    expect(await company()).toBe(DEMO_LEAD.values.Company);

    // Shift+Tab walks back through the same stops.
    expect(await tabTo(page, (f) => f.tag === 'a', 'Shift+Tab')).toMatchObject({ visible: true });
    await screenshot(page, 'widget-keyboard-5-undone');
  });
});
