import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, moduleSettings, validThresholds } from '../../src/dedupe/settings';

describe('mergeSettings', () => {
  test('a patch that switches Leads to block keeps every other Leads setting', () => {
    const merged = mergeSettings(DEFAULT_SETTINGS, { modules: { Leads: { onSave: 'block' } } });
    expect(merged.modules.Leads).toEqual({ ...DEFAULT_SETTINGS.modules.Leads, onSave: 'block' });
    expect(merged.modules.Contacts).toEqual(DEFAULT_SETTINGS.modules.Contacts);
  });

  test('changing one threshold keeps the other', () => {
    const merged = mergeSettings(DEFAULT_SETTINGS, { modules: { Leads: { thresholds: { likely: 0.9 } } } });
    expect(merged.modules.Leads?.thresholds).toEqual({
      likely: 0.9,
      possible: DEFAULT_SETTINGS.modules.Leads?.thresholds.possible,
    });
  });

  test('a custom module named only in the patch starts switched off', () => {
    const merged = mergeSettings(DEFAULT_SETTINGS, { modules: { Projects_X: { onSave: 'block' } } });
    expect(merged.modules.Projects_X).toMatchObject({ enabled: false, onSave: 'block', fields: [] });
  });

  test('a module never searches itself as another module', () => {
    const merged = mergeSettings(DEFAULT_SETTINGS, {
      modules: { Leads: { alsoSearch: ['Leads', 'Contacts'] } },
    });
    expect(merged.modules.Leads?.alsoSearch).toEqual(['Contacts']);
  });

  test('merging leaves the base untouched', () => {
    const before = JSON.stringify(DEFAULT_SETTINGS);
    mergeSettings(DEFAULT_SETTINGS, { modules: { Leads: { enabled: false } } });
    expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
  });
});

describe('defaults', () => {
  test('Leads are checked against Contacts and Accounts and only warn by default', () => {
    expect(DEFAULT_SETTINGS.modules.Leads).toMatchObject({
      enabled: true,
      onSave: 'warn',
      alsoSearch: ['Contacts', 'Accounts'],
    });
  });

  test('every default module has sensible thresholds', () => {
    for (const settings of Object.values(DEFAULT_SETTINGS.modules)) {
      expect(validThresholds(settings.thresholds)).toBe(true);
    }
  });

  test('an unconfigured custom module is off and matched on its system field', () => {
    expect(moduleSettings(DEFAULT_SETTINGS, 'Vehicles', 'Name')).toMatchObject({
      enabled: false,
      fields: [{ field: 'Name', method: 'exact' }],
    });
  });
});

describe('validThresholds', () => {
  test('possible above likely is not valid', () => {
    expect(validThresholds({ likely: 0.5, possible: 0.7 })).toBe(false);
  });
  test('scores outside 0..1 are not valid', () => {
    expect(validThresholds({ likely: 1.2, possible: 0.5 })).toBe(false);
    expect(validThresholds({ likely: 0.8, possible: -0.1 })).toBe(false);
  });
});
