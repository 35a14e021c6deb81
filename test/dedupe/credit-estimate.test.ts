import { describe, expect, test } from 'vitest';
import {
  callCredits,
  checkCalls,
  creditsOf,
  dailyAllowance,
  editionOf,
  estimateCredits,
  tryCalls,
} from '../../src/dedupe/credit-estimate';
import { DEFAULT_SETTINGS, defaultModuleSettings } from '../../src/dedupe/settings';

describe('callCredits', () => {
  test('a search costs one credit, and another for every ten criteria beyond the first ten', () => {
    expect(callCredits({ kind: 'search', module: 'Leads', criteria: 3 })).toBe(1);
    expect(callCredits({ kind: 'search', module: 'Leads', criteria: 11 })).toBe(2);
  });
  test('COQL costs one credit per 200 of its LIMIT and a write one per ten records', () => {
    expect(callCredits({ kind: 'coql', limit: 200 })).toBe(1);
    expect(callCredits({ kind: 'coql', limit: 2000 })).toBe(10);
    expect(callCredits({ kind: 'write', records: 1 })).toBe(1);
    expect(callCredits({ kind: 'write', records: 100 })).toBe(10);
  });
});

describe('checkCalls', () => {
  test('a Lead costs, per widget opened, the settings, three field lists and the preference; per check three searches; at Save all that again and one COQL read', () => {
    const calls = checkCalls('Leads', DEFAULT_SETTINGS.modules.Leads ?? defaultModuleSettings(null));
    const session = ['read', 'read', 'read', 'read', 'read'];
    expect(calls.map((c) => (c.kind === 'search' ? c.module : c.kind))).toEqual([
      ...session,
      'Leads',
      'Contacts',
      'Accounts',
      ...session,
      'Leads',
      'Contacts',
      'Accounts',
      'coql',
    ]);
    expect(calls.filter((c) => !c.once).map((c) => c.kind)).toEqual(['search', 'search', 'search']);
  });
  test('a preference that maps Contacts adds their COQL read at Save', () => {
    const calls = checkCalls('Leads', DEFAULT_SETTINGS.modules.Leads ?? defaultModuleSettings(null), {
      preferenceMapsContacts: true,
    });
    expect(calls.filter((c) => c.kind === 'coql')).toHaveLength(2);
  });
  test('a module Zoho checks alone adds one COQL read at Save', () => {
    const calls = checkCalls('Accounts', DEFAULT_SETTINGS.modules.Accounts ?? defaultModuleSettings(null));
    expect(calls.filter((c) => c.kind === 'coql')).toEqual([
      { kind: 'coql', limit: 200, atSave: true, once: true },
    ]);
  });
  test('a switched-off module costs nothing', () => {
    expect(checkCalls('Deals', defaultModuleSettings('Deal_Name'))).toEqual([]);
  });
});

describe('tryCalls', () => {
  test('a try on the settings page costs a widget opening without the settings read, and one check: 7 credits for a Lead', () => {
    const leads = DEFAULT_SETTINGS.modules.Leads ?? defaultModuleSettings(null);
    const calls = tryCalls('Leads', leads);
    expect(calls.map((c) => (c.kind === 'search' ? c.module : c.kind))).toEqual([
      'read',
      'read',
      'read',
      'read',
      'Leads',
      'Contacts',
      'Accounts',
    ]);
    expect(creditsOf(calls)).toBe(7);
  });
  test('a switched-off module is never tried, so it costs nothing', () => {
    expect(tryCalls('Deals', defaultModuleSettings('Deal_Name'))).toEqual([]);
  });
});

describe('estimateCredits', () => {
  test('ten reps entering twenty Leads a day with default settings spend 3,400 credits', () => {
    const calls = checkCalls('Leads', DEFAULT_SETTINGS.modules.Leads ?? defaultModuleSettings(null));
    const estimate = estimateCredits({ calls, reps: 10, recordsPerRepPerDay: 20, edition: 'enterprise' });
    expect(estimate.perRecord).toBe(17);
    expect(estimate.perDay).toBe(3400);
    expect(estimate.allowance).toBe(60_000);
    expect(estimate.share).toBeCloseTo(3400 / 60_000);
  });
  test('the Save-time COQL read is paid once per record, however many checks run', () => {
    const calls = [
      { kind: 'search', module: 'Leads', criteria: 3 } as const,
      { kind: 'coql', limit: 200, atSave: true } as const,
    ];
    const estimate = estimateCredits({
      calls,
      reps: 1,
      recordsPerRepPerDay: 1,
      checksPerRecord: 4,
      edition: 'free',
    });
    expect(estimate.perRecord).toBe(5);
  });
  test('checks per record multiply the cost', () => {
    const calls = [{ kind: 'read' } as const];
    const estimate = estimateCredits({
      calls,
      reps: 1,
      recordsPerRepPerDay: 1,
      checksPerRecord: 4,
      edition: 'free',
    });
    expect(estimate.perRecord).toBe(4);
  });
});

describe('dailyAllowance', () => {
  test('follows Zoho credit table per edition', () => {
    expect(dailyAllowance('free', 3)).toBe(5000);
    expect(dailyAllowance('standard', 10)).toBe(52_500);
    expect(dailyAllowance('professional', 10)).toBe(55_000);
    expect(dailyAllowance('enterprise', 10)).toBe(60_000);
  });
});

describe('reps who check and licensed users', () => {
  test('the allowance grows with the user licenses, the spend with the reps', () => {
    const calls = checkCalls('Leads', DEFAULT_SETTINGS.modules.Leads ?? defaultModuleSettings(null));
    const base = { calls, recordsPerRepPerDay: 20, edition: 'enterprise' } as const;
    const few = estimateCredits({ ...base, reps: 5, users: 40 });
    const many = estimateCredits({ ...base, reps: 40, users: 40 });
    expect(few.allowance).toBe(90_000);
    expect(many.allowance).toBe(90_000);
    expect(many.perDay).toBe(few.perDay * 8);
    expect(estimateCredits({ ...base, reps: 5 }).allowance).toBe(55_000);
  });

  test('editionOf knows the four editions by name, whatever the case, and nothing else', () => {
    expect(editionOf('Enterprise')).toBe('enterprise');
    expect(editionOf(' standard ')).toBe('standard');
    expect(editionOf('ultimate')).toBeNull();
    expect(editionOf(null)).toBeNull();
  });
});
