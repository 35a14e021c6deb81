import * as z from 'zod/mini';
import { MATCH_METHODS } from '../dedupe/match-methods';
import type { Calibration, ModuleSettings, Settings } from '../dedupe/settings';

/** The extension's namespace: plugin-manifest.json's `namespace`, and the prefix of its org variables. */
export const EXTENSION_NAMESPACE = 'duplicatepreview';

/** The org variable that holds the settings as JSON (a textarea variable), named `<namespace>__<name>` (ZOHO.md). */
export const SETTINGS_VARIABLE = `${EXTENSION_NAMESPACE}__settings`;

/** Why the defaults apply instead of what was stored. */
export type SettingsNote =
  | { readonly kind: 'missing' }
  | { readonly kind: 'corrupt'; readonly issues: readonly string[] };

/** The modules the variable holds (null when it holds nothing usable), and why it was not usable. */
export type StoredSettings = {
  readonly modules: Readonly<Record<string, ModuleSettings>> | null;
  readonly note: SettingsNote | null;
};

// Only the zod features the client layer already uses (object, array, literal): regex, ranges, refine and record
// would pull more of zod into the widget's first check, so those rules are plain checks below.
const moduleSchema = z.object({
  enabled: z.boolean(),
  fields: z.array(z.object({ field: z.string(), method: z.literal(MATCH_METHODS) })),
  thresholds: z.object({ likely: z.number(), possible: z.number() }),
  onSave: z.literal(['warn', 'block']),
  alsoSearch: z.array(z.string()),
  // Learned weights (field -> level -> log2 odds); their inner shape is checked below, as plain code.
  calibration: z.optional(z.object({ prior: z.number(), fields: z.looseObject({}) })),
});
type StoredModule = z.infer<typeof moduleSchema>;

const settingsSchema = z.object({ version: z.literal(1), modules: z.looseObject({}) });

const API_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
const LEVELS = ['exact', 'equal', 'close', 'partial', 'differ'] as const;

/** Each learned field must be one the module matches on, with a finite weight for every level. */
const calibrationProblems = (name: string, m: StoredModule): string[] => {
  const c = m.calibration;
  if (!c) return [];
  const at = `modules.${name}.calibration`;
  const problems = Number.isFinite(c.prior) ? [] : [`${at}.prior: must be a number`];
  for (const [field, weights] of Object.entries(c.fields)) {
    if (!m.fields.some((f) => f.field === field)) problems.push(`${at}.fields.${field}: not a matched field`);
    const w = weights as Record<string, unknown> | null;
    for (const level of LEVELS)
      if (typeof w !== 'object' || w === null || typeof w[level] !== 'number' || !Number.isFinite(w[level]))
        problems.push(`${at}.fields.${field}.${level}: must be a number`);
  }
  return problems;
};
const inUnitRange = (x: number): boolean => x >= 0 && x <= 1;

/** A checked stored module as the engine's type (the calibration's weights were checked by calibrationProblems). */
const asModule = ({ calibration, ...rest }: StoredModule): ModuleSettings =>
  calibration
    ? {
        ...rest,
        calibration: { prior: calibration.prior, fields: calibration.fields as Calibration['fields'] },
      }
    : rest;

/** The rules zod does not check here, as issue texts; empty when the module is sound. */
const moduleProblems = (name: string, m: StoredModule): string[] => [
  ...(API_NAME.test(name) ? [] : [`modules.${name}: not an API name`]),
  ...[...m.fields.map((f) => f.field), ...m.alsoSearch]
    .filter((field) => !API_NAME.test(field))
    .map((field) => `modules.${name}: "${field}" is not an API name`),
  ...(['likely', 'possible'] as const)
    .filter((key) => !inUnitRange(m.thresholds[key]))
    .map((key) => `modules.${name}.thresholds.${key}: must be between 0 and 1`),
  ...(m.thresholds.possible <= m.thresholds.likely
    ? []
    : [`modules.${name}.thresholds: possible must not exceed likely`]),
  ...calibrationProblems(name, m),
];

const issuesOf = (error: z.core.$ZodError, prefix: string): string[] =>
  error.issues.map(
    (i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${i.message}`,
  );

const corrupt = (issues: readonly string[]): StoredSettings => ({
  modules: null,
  note: { kind: 'corrupt', issues },
});

/** The org variable's JSON -> the modules it configures; anything missing or malformed -> null and a note. */
export const decodeStoredSettings = (raw: string | null | undefined): StoredSettings => {
  if (raw === null || raw === undefined || raw.trim() === '')
    return { modules: null, note: { kind: 'missing' } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return corrupt(['not JSON']);
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) return corrupt(issuesOf(parsed.error, ''));
  const modules: Record<string, ModuleSettings> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(parsed.data.modules)) {
    const module = moduleSchema.safeParse(value);
    if (!module.success) problems.push(...issuesOf(module.error, `modules.${name}`));
    else {
      problems.push(...moduleProblems(name, module.data));
      modules[name] = asModule(module.data);
    }
  }
  if (problems.length > 0) return corrupt(problems);
  return { modules, note: null };
};

/** Settings -> the compact JSON stored in the org variable. */
export const encodeSettings = (settings: Settings): string => JSON.stringify(settings);
