import { type Settings, settingsFromStored } from '../dedupe/settings';
import { decodeStoredSettings, type SettingsNote } from '../zoho/settings-codec';

export type DecodedSettings = { readonly settings: Settings; readonly note: SettingsNote | null };

/** The org variable's text -> the settings that apply, with a note when the defaults stand in for it. */
export const decodeSettings = (raw: string | null | undefined): DecodedSettings => {
  const stored = decodeStoredSettings(raw);
  return { settings: settingsFromStored(stored.modules), note: stored.note };
};
