import * as z from 'zod/mini';
import { DEFAULT_SETTINGS, MATCH_METHODS, mergeSettings, type Settings } from '../dedupe/settings';

/** The org variable that holds the settings as JSON (a textarea variable). */
export const SETTINGS_VARIABLE = 'duplicate_preview_settings';

/** Why the defaults apply instead of what was stored. */
export type SettingsNote =
  | { readonly kind: 'missing' }
  | { readonly kind: 'corrupt'; readonly issues: readonly string[] };

export type DecodedSettings = { readonly settings: Settings; readonly note: SettingsNote | null };

const apiName = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,99}$/));
const score = z.number().check(z.gte(0), z.lte(1));

const moduleSchema = z.object({
  enabled: z.boolean(),
  fields: z.array(z.object({ field: apiName, method: z.enum(MATCH_METHODS) })),
  thresholds: z
    .object({ likely: score, possible: score })
    .check(z.refine((t) => t.possible <= t.likely, 'possible must not exceed likely')),
  onSave: z.enum(['warn', 'block']),
  alsoSearch: z.array(apiName),
});

const settingsSchema = z.object({
  version: z.literal(1),
  modules: z.record(apiName, moduleSchema),
});

const corrupt = (issues: readonly string[]): DecodedSettings => ({
  settings: DEFAULT_SETTINGS,
  note: { kind: 'corrupt', issues },
});

/** Stored JSON -> settings over the defaults; anything missing or malformed yields the defaults and a note. */
export const decodeSettings = (raw: string | null | undefined): DecodedSettings => {
  if (raw === null || raw === undefined || raw.trim() === '') {
    return { settings: DEFAULT_SETTINGS, note: { kind: 'missing' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return corrupt(['not JSON']);
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    return corrupt(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return { settings: mergeSettings(DEFAULT_SETTINGS, { modules: parsed.data.modules }), note: null };
};

/** Settings -> the compact JSON stored in the org variable. */
export const encodeSettings = (settings: Settings): string => JSON.stringify(settings);
