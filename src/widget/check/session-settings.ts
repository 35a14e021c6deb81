import { DEFAULT_SETTINGS, type Settings } from '../../dedupe/settings';
import type { CrmClient } from '../../zoho/crm-client';
import { SETTINGS_VARIABLE } from '../../zoho/settings-codec';
import { decodeSettings } from '../decode-settings';

/** Why the widget runs on the defaults: nothing saved yet, a value it cannot read, or no answer from Zoho. */
export type SettingsNotice = 'missing' | 'corrupt' | 'unreadable';

export type SessionSettings = {
  readonly settings: Settings;
  /** null when the admin's saved settings apply. */
  readonly notice: SettingsNotice | null;
};

/** The admin's settings from the org variable; anything else falls back to the defaults, never to an error. */
export const readSessionSettings = async (client: CrmClient): Promise<SessionSettings> => {
  const stored = await client.getOrgVariable(SETTINGS_VARIABLE).catch(() => null);
  if (!stored?.ok) return { settings: DEFAULT_SETTINGS, notice: 'unreadable' };
  const decoded = decodeSettings(stored.value);
  return { settings: decoded.settings, notice: decoded.note?.kind ?? null };
};
