import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings } from '../../src/dedupe/settings';
import { decodeSettings } from '../../src/widget/decode-settings';
import { encodeSettings } from '../../src/zoho/settings-codec';

describe('decodeSettings', () => {
  test('saved settings read back unchanged', () => {
    const settings = mergeSettings(DEFAULT_SETTINGS, {
      modules: { Leads: { onSave: 'block', thresholds: { likely: 0.9 } }, Vehicles: { enabled: true } },
    });
    expect(decodeSettings(encodeSettings(settings))).toEqual({ settings, note: null });
  });

  test('a missing variable gives the defaults and says so', () => {
    expect(decodeSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, note: { kind: 'missing' } });
    expect(decodeSettings('  ')).toEqual({ settings: DEFAULT_SETTINGS, note: { kind: 'missing' } });
  });

  test('text that is not JSON gives the defaults and a corrupt note', () => {
    const decoded = decodeSettings('{"version":1,');
    expect(decoded.settings).toEqual(DEFAULT_SETTINGS);
    expect(decoded.note).toEqual({ kind: 'corrupt', issues: ['not JSON'] });
  });

  test('a threshold out of range is reported with its path', () => {
    const stored = JSON.parse(encodeSettings(DEFAULT_SETTINGS));
    stored.modules.Leads.thresholds.likely = 7;
    const decoded = decodeSettings(JSON.stringify(stored));
    expect(decoded.settings).toEqual(DEFAULT_SETTINGS);
    expect(decoded.note?.kind === 'corrupt' && decoded.note.issues.join()).toMatch(
      /modules\.Leads\.thresholds\.likely/,
    );
  });

  test('possible above likely is corrupt', () => {
    const stored = JSON.parse(encodeSettings(DEFAULT_SETTINGS));
    stored.modules.Leads.thresholds = { likely: 0.5, possible: 0.8 };
    expect(decodeSettings(JSON.stringify(stored)).note?.kind).toBe('corrupt');
  });

  test('an unknown match method or version is corrupt', () => {
    const stored = JSON.parse(encodeSettings(DEFAULT_SETTINGS));
    stored.modules.Leads.fields[0].method = 'soundex';
    expect(decodeSettings(JSON.stringify(stored)).note?.kind).toBe('corrupt');
    expect(decodeSettings(JSON.stringify({ version: 2, modules: {} })).note?.kind).toBe('corrupt');
  });

  test('modules the variable leaves out keep their defaults', () => {
    const onlyLeads = {
      version: 1,
      modules: { Leads: { ...DEFAULT_SETTINGS.modules.Leads, enabled: false } },
    };
    const { settings, note } = decodeSettings(JSON.stringify(onlyLeads));
    expect(note).toBeNull();
    expect(settings.modules.Leads?.enabled).toBe(false);
    expect(settings.modules.Contacts).toEqual(DEFAULT_SETTINGS.modules.Contacts);
  });
});
