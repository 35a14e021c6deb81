import { describe, expect, test } from 'vitest';
import { estimatedCreditsPerRecord, measureCreditsPerRecord } from '../../bench/credits';
import { DEFAULT_SETTINGS, mergeSettings } from '../../src/dedupe/settings';

// Each measurement seeds a sandbox and runs two widget sessions: heavy on a shared machine.
const BUDGET_MS = 30_000;

describe('the settings page’s credit estimate against the calls the widget really makes', () => {
  test(
    'with the default settings, a new Lead costs what the estimate says',
    async () => {
      const measured = await measureCreditsPerRecord();
      expect(measured.requests.some((r) => r.endsWith('/coql'))).toBe(true);
      expect(measured.credits).toBe(estimatedCreditsPerRecord());
    },
    BUDGET_MS,
  );

  test(
    'searching Contacts only, instead of Contacts and Accounts, lowers both by the same calls',
    async () => {
      const narrower = mergeSettings(DEFAULT_SETTINGS, { modules: { Leads: { alsoSearch: ['Contacts'] } } });
      const measured = await measureCreditsPerRecord(narrower);
      expect(measured.requests.some((r) => r.includes('/Accounts/'))).toBe(false);
      expect(measured.credits).toBe(estimatedCreditsPerRecord(narrower));
      expect(measured.credits).toBeLessThan(estimatedCreditsPerRecord());
    },
    BUDGET_MS,
  );
});
