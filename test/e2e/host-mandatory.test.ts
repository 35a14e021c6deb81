import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { leadsWithEmail, sandboxApi } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

describe('a create page refuses a record with a required field left empty, as Zoho does', () => {
  const env = useSandboxAndBrowser();

  /** The Lead create page, its required-field check played before or after the Client Script's onSave. */
  const open = async (mandatory: string): Promise<Page> => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 860 } });
    const shim = encodeURIComponent(JSON.stringify({ mandatory }));
    await page.goto(`${env.sandbox.origin}/Leads/new?as=sandbox-rep-1&zohoShim=${shim}`);
    return page;
  };

  // Two unrelated people, so that the second is not a duplicate of the first.
  test.each([
    ['after-script', 'Zyxquill'],
    ['before-script', 'Brindlemoss'],
  ])(
    'with the check %s, a Lead without Company is refused with the field named, and saved once Company is filled',
    async (mandatory, name) => {
      const email = `${name.toLowerCase()}@nowhere.example`;
      const page = await open(mandatory);
      await page.getByLabel('Last Name').fill(name);
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.locator('#status').filter({ hasText: 'Required: Company.' }).waitFor();
      expect(await page.getByLabel('Company').getAttribute('aria-invalid')).toBe('true');
      expect(await page.getByLabel('Last Name').getAttribute('aria-invalid')).toBe('false');
      await screenshot(page, `mandatory-${mandatory}-refused`);
      expect(await leadsWithEmail(env.sandbox.origin, email)).toBe(0);

      await page.getByLabel('Company').fill(`${name} Ltd`);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.waitForURL(/\/Leads\/\d+\?/);
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      const saved = (await sandboxApi(env.sandbox.origin, `/Leads/${id}`)) as {
        data: { Company?: string; Email?: string }[];
      };
      expect(saved.data[0]).toMatchObject({ Company: `${name} Ltd`, Email: email });
      await page.close();
    },
  );
});
