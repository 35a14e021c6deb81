import { describe, expect, test } from 'vitest';
import preview from '../../../app/translations/en.json';
import de from '../../../app/translations/settings-de.json';
import en from '../../../app/translations/settings-en.json';
import { loadSettingsTranslations } from '../../../src/widget/settings/settings-i18n';

describe('settings translations', () => {
  test('German covers every English string', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  test('"Try a record" explains every way the preview says two values agree', () => {
    const hows = Object.keys(preview).filter((k) => k.startsWith('how.'));
    expect(hows.length).toBeGreaterThan(10);
    expect(hows.filter((k) => !(`tryout.${k}` in en))).toEqual([]);
  });

  test('a German admin gets German from settings-de.json', async () => {
    const asked: string[] = [];
    const t = await loadSettingsTranslations('de-AT', async (url) => {
      asked.push(url);
      return de;
    });
    expect(asked).toEqual(['./translations/settings-de.json']);
    expect(t('save')).toBe('Einstellungen speichern');
  });

  test('a failed download falls back to English', async () => {
    const t = await loadSettingsTranslations('de', async () => {
      throw new Error('offline');
    });
    expect(t('save')).toBe('Save settings');
  });

  test('another language gets English without a download', async () => {
    const t = await loadSettingsTranslations('fr-FR', async () => {
      throw new Error('should not be asked');
    });
    expect(t('save')).toBe('Save settings');
  });
});
