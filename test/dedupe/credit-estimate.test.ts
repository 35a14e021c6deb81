import { describe, expect, test } from 'vitest';
import { callCredits, checkCalls, dailyAllowance, estimateCredits } from '../../src/dedupe/credit-estimate';
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
  test('Leads by default search Leads, Contacts and Accounts once each, and read Leads and Contacts by COQL at Save', () => {
    const calls = checkCalls('Leads', DEFAULT_SETTINGS.modules.Leads ?? defaultModuleSettings(null));
    expect(calls.map((c) => (c.kind === 'search' ? c.module : c.kind))).toEqual([
      'Leads',
      'Contacts',
      'Accounts',
      'coql',
      'coql',
    ]);
  });
  test('a module Zoho checks alone adds one COQL read at Save', () => {
    const calls = checkCalls('Accounts', DEFAULT_SETTINGS.modules.Accounts ?? defaultModuleSettings(null));
    expect(calls.filter((c) => c.kind === 'coql')).toEqual([{ kind: 'coql', limit: 200, atSave: true }]);
  });
  test('a switched-off module costs nothing', () => {
    expect(checkCalls('Deals', defaultModuleSettings('Deal_Name'))).toEqual([]);
  });
});

describe('estimateCredits', () => {
  test('ten reps entering twenty Leads a day with default settings spend 1,000 credits', () => {
    const calls = checkCalls('Leads', DEFAULT_SETTINGS.modules.Leads ?? defaultModuleSettings(null));
    const estimate = estimateCredits({ calls, reps: 10, recordsPerRepPerDay: 20, edition: 'enterprise' });
    expect(estimate.perRecord).toBe(5);
    expect(estimate.perDay).toBe(1000);
    expect(estimate.allowance).toBe(60_000);
    expect(estimate.share).toBeCloseTo(1000 / 60_000);
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
