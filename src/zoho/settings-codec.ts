import * as z from 'zod/mini';
import type { MatchMethod, ModuleSettings, Settings } from '../dedupe/settings';

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

// The wire spelling of each match method; `satisfies` keeps it in step with the engine's MatchMethod.
const MATCH_METHODS = ['exact', 'fuzzy-name', 'phone', 'company'] as const satisfies readonly MatchMethod[];

// Only the zod features the client layer already uses (object, array, literal): regex, ranges, refine and record
// would pull more of zod into the widget's first check, so those rules are plain checks below.
const moduleSchema = z.object({
  enabled: z.boolean(),
  fields: z.array(z.object({ field: z.string(), method: z.literal(MATCH_METHODS) })),
  thresholds: z.object({ likely: z.number(), possible: z.number() }),
  onSave: z.literal(['warn', 'block']),
  alsoSearch: z.array(z.string()),
});
type StoredModule = z.infer<typeof moduleSchema>;

const settingsSchema = z.object({ version: z.literal(1), modules: z.looseObject({}) });

const API_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
const inUnitRange = (x: number): boolean => x >= 0 && x <= 1;

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
  const modules: Record<string, StoredModule> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(parsed.data.modules)) {
    const module = moduleSchema.safeParse(value);
    if (!module.success) problems.push(...issuesOf(module.error, `modules.${name}`));
    else {
      problems.push(...moduleProblems(name, module.data));
      modules[name] = module.data;
    }
  }
  if (problems.length > 0) return corrupt(problems);
  return { modules, note: null };
};

/** Settings -> the compact JSON stored in the org variable. */
export const encodeSettings = (settings: Settings): string => JSON.stringify(settings);
