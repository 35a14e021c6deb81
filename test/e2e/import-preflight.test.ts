import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { sandboxApi } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';

const env = useSandboxAndBrowser();

type Contact = { id: string; Email: string; Last_Name: string; Description?: string | null };

const allContacts = async (): Promise<Contact[]> => {
  const out: Contact[] = [];
  for (let page = 1; ; page++) {
    const body = (await sandboxApi(
      env.sandbox.origin,
      `/Contacts?fields=Email,Last_Name,Description&per_page=200&page=${page}`,
    )) as {
      data: Contact[];
      info: { more_records: boolean };
    };
    out.push(...body.data);
    if (!body.info.more_records) return out;
  }
};

/**
 * The bulk-upsert thread's case (shared/seeds): 100 contacts; rows 61-95 repeat the email of rows 1-35 (some in
 * other letter case); rows 96-100 carry emails of Contacts already in the CRM.
 */
const bulkUpsertCsv = (existing: readonly Contact[]): string => {
  const lines = ['First Name,Last Name,Email,Description'];
  for (let i = 1; i <= 100; i++) {
    if (i <= 60) lines.push(`Pat${i},Import${i},pat${i}@bulk.example,first ${i}`);
    else if (i <= 95) {
      const of = i - 60;
      const email = of % 2 ? `PAT${of}@bulk.example` : `pat${of}@bulk.example`;
      lines.push(`Pat${of},Import${of},${email},again ${i}`);
    } else {
      const c = existing[i - 96] as Contact;
      lines.push(`,${c.Last_Name},${c.Email},updated by row ${i}`);
    }
  }
  return lines.join('\n');
};

const openImport = async (page: Page): Promise<FrameLocator> => {
  await page.goto(`${env.sandbox.origin}/sandbox/index.html?view=import&as=sandbox-admin`);
  const frame = page.frameLocator('iframe[title="Duplicate Preview import"]');
  await frame.getByRole('heading', { name: 'Import preflight' }).waitFor();
  return frame;
};

const checkFile = async (frame: FrameLocator, csv: string) => {
  await frame.getByRole('combobox', { name: 'Module' }).selectOption('Contacts');
  await frame.getByRole('textbox').fill(csv);
  await frame.getByRole('button', { name: 'Read' }).click();
  await frame.getByRole('button', { name: 'Check' }).click();
  await frame.getByRole('heading', { name: 'What Zoho will do' }).waitFor({ timeout: 30_000 });
};

describe('the import Web Tab', () => {
  test('shows every clash of the bulk-upsert case before writing, and an interrupted import resumes to the promised records', {
    timeout: 180_000,
  }, async () => {
    const before = await allContacts();
    const existing = before.filter((c) => c.Email).slice(0, 5);
    const csv = bulkUpsertCsv(existing);
    const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const frame = await openImport(page);
    await checkFile(frame, csv);

    const counts = frame.locator('p.counts');
    await expect
      .poll(() => counts.textContent())
      .toContain('60 new · 5 update a record · 35 repeat an earlier row · 0 refused');
    // Every in-file clash names the earlier row; every CRM clash names the record.
    for (const row of [61, 78, 95]) {
      await expect
        .poll(() => frame.locator(`li[data-row="${row}"]`).textContent())
        .toContain(`row ${row - 60} holds the same Email`);
    }
    for (let row = 96; row <= 100; row++) {
      await expect
        .poll(() => frame.locator(`li[data-row="${row}"]`).textContent())
        .toContain(`updates record ${(existing[row - 96] as Contact).id} (through Email)`);
    }
    await screenshot(page, 'import-preflight-report');

    // The first write of new records reaches no CRM (a dropped connection), then the tab is closed.
    let dropped = 0;
    await page.route('**/upsert**', (route) => {
      dropped++;
      return route.abort();
    });
    await frame.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => dropped, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect
      .poll(
        async () => (await allContacts()).filter((c) => c.Description?.startsWith('updated by row')).length,
      )
      .toBe(5);
    await page.close();
    expect((await allContacts()).filter((c) => c.Email?.endsWith('@bulk.example'))).toEqual([]);

    // The tab opened again, the same file checked again: Import finishes what the first run began.
    const again = await context.newPage();
    const frame2 = await openImport(again);
    await checkFile(frame2, csv);
    await frame2.getByRole('button', { name: 'Import' }).click();
    const written = frame2.locator('div.written');
    await written.waitFor({ timeout: 60_000 });
    expect(await written.textContent()).toContain(
      '60 created, 5 updated, 35 merged into another row, 0 skipped, 0 failed, 0 unknown',
    );
    expect(await written.textContent()).toContain('5 rows had been written by an earlier run');
    await screenshot(again, 'import-preflight-written');
    const [download] = await Promise.all([
      again.waitForEvent('download'),
      frame2.getByRole('button', { name: 'Download report' }).click(),
    ]);
    const report = Papa.parse<string[]>(readFileSync((await download.path()) as string, 'utf8').trim()).data;
    expect(report).toHaveLength(101);
    expect(report[0]?.slice(-3)).toEqual(['result_state', 'result_record_id', 'result_message']);
    expect(report[61]?.slice(0, 3)).toEqual(['Pat1', 'Import1', 'PAT1@bulk.example']);
    expect(report[61]).toContain('merged');

    const after = await allContacts();
    expect(after).toHaveLength(before.length + 60);
    const imported = after.filter((c) => c.Email?.toLowerCase().endsWith('@bulk.example'));
    expect(new Set(imported.map((c) => c.Email.toLowerCase())).size).toBe(60);
    // A repeated row's fields went into the first row's record: the later Description wins.
    expect(imported.find((c) => c.Email.toLowerCase() === 'pat1@bulk.example')?.Description).toBe('again 61');
    expect(imported.find((c) => c.Email.toLowerCase() === 'pat50@bulk.example')?.Description).toBe(
      'first 50',
    );
    for (const [i, c] of existing.entries())
      expect(after.find((a) => a.id === c.id)?.Description).toBe(`updated by row ${96 + i}`);
    await context.close();
  });
});
