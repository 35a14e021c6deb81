// Keystroke-to-panel latency and API calls per check on the sandbox host page (latency 0). Figures only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Frame, Page } from 'playwright-core';
import { DEMO_DUPLICATES, DEMO_LEAD, generateSeed, SPECIAL_RECORDS } from '../src/sandbox/seed';
import { launchChromium } from '../test/e2e/support/browser';
import { startSandbox } from '../test/e2e/support/sandbox';

export type KeystrokeFigures = {
  readonly calls_per_check: number;
  readonly calls_per_repeated_check: number;
  readonly keystroke_to_panel_ms_p95: number;
  readonly debounce_ms: number;
};

const SCRIPT = resolve(import.meta.dirname, '../src/client-script/duplicate-preview.client-script.js');
// Seeded Leads: typing the email must paint a link to the record's id.
// Seeded Leads (the CLI seeds with seed 1): typing the email must paint a link to the record's id.
const ordinaryLeads = generateSeed({ seed: 1 })
  .records.filter((r) => r.module === 'Leads' && typeof r.values.Email === 'string')
  .slice(0, 12);
const TARGETS = [
  DEMO_LEAD,
  DEMO_DUPLICATES.nicknameLead,
  SPECIAL_RECORDS.specialChars,
  SPECIAL_RECORDS.html,
  ...ordinaryLeads,
].map((r) => ({ email: String(r.values.Email), id: r.id }));
// Round 0 types values never checked before; round 1 types them again (the session cache answers).
const ROUNDS = 2;

/** The debounce the shipped Client Script uses, read from the file itself. */
const scriptDebounceMs = (): number =>
  (
    runInNewContext(`${readFileSync(SCRIPT, 'utf8')}\n;duplicatePreview`, {}) as {
      config: { debounceMs: number };
    }
  ).config.debounceMs;

const p95 = (samples: readonly number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN);
};

const widgetFrame = async (page: Page): Promise<Frame> => {
  await page.locator('#flyout iframe').waitFor();
  const frame = page.frames().find((f) => f.url().includes('/app/widget.html'));
  if (!frame) throw new Error('no widget frame in the flyout');
  return frame;
};

/** Types each email into the Email field; measures last keystroke -> the match painted in the flyout. */
export const keystrokeFigures = async (): Promise<KeystrokeFigures> => {
  const sandbox = await startSandbox();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    let calls = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/crm/v8/')) calls += 1;
    });
    await page.goto(`${sandbox.origin}/sandbox/index.html?module=Leads&as=sandbox-rep-1`);
    const email = page.getByLabel('Email', { exact: true });
    // Warm-up: the first check also opens the widget, which loads its settings and metadata once.
    await email.pressSequentially('warm.up@example.com');
    const frame = await widgetFrame(page);
    await page.waitForTimeout(2_000);

    const latencies: number[] = [];
    const perCheck: number[][] = [[], []];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const target of TARGETS) {
        await email.fill('');
        await page.waitForTimeout(scriptDebounceMs() + 300);
        calls = 0;
        await email.pressSequentially(target.email, { delay: 20 });
        const lastKeystroke = Date.now();
        await frame.waitForFunction((id) => document.querySelector(`a[href*="${id}"]`) !== null, target.id, {
          polling: 'raf',
          timeout: 10_000,
        });
        if (round === 0) latencies.push(Date.now() - lastKeystroke);
        // Let late calls land before counting this check's.
        await page.waitForTimeout(scriptDebounceMs() + 300);
        perCheck[round]?.push(calls);
      }
    }
    const mean = (xs: readonly number[] = []) =>
      Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 100) / 100;
    return {
      calls_per_check: mean(perCheck[0]),
      calls_per_repeated_check: mean(perCheck[1]),
      keystroke_to_panel_ms_p95: p95(latencies),
      debounce_ms: scriptDebounceMs(),
    };
  } finally {
    await browser.close();
    await sandbox.close();
  }
};

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await keystrokeFigures()));
