/**
 * How the window.ZOHO shim plays Zoho where real orgs differ or no source settles the point. The defaults are
 * the real behaviour read from the SDK source and public extensions (ZOHO.md, corrections); each other value is
 * the friendlier or the older behaviour, so tests can run the widget both ways.
 */
export type ShimOptions = {
  /** Data centre of the org: its API host is https://www.zohoapis.{dc} and the widget gets serviceOrigin for it. */
  readonly dataCentre: string;
  /** SDK 1.5 has session REST (`zrc`); older SDKs have only the connection. */
  readonly session: boolean;
  /** Connections the extension declares; CONNECTION.invoke of any other name fails. */
  readonly connections: readonly string[];
  /** upsertRecord's answer: a bare array as in the SDK's own doc example, or REST's `{data: [...]}`. */
  readonly upsertAnswer: 'array' | 'wrapped';
  /** crm.set's answer: a JSON string as public extensions see it, or an object. */
  readonly crmSetAnswer: 'string' | 'object';
  /** Whether GetCurrentEnvironment exists (SDK 1.1 on) or not (older SDKs). */
  readonly environment: boolean;
  /** UNVERIFIED whether a plain Notify is wrapped like NotifyAndWait's `{id, data}`: 'wrapped' is the harsher. */
  readonly notify: 'wrapped' | 'plain';
  /**
   * Breaks named touchpoints, so the Diagnostics panel can be seen failing: 'connection', 'session',
   * 'variable-read', 'variable-write', 'environment', 'user', and (host page) 'zdk' for a ZDK script never sent.
   */
  readonly broken: readonly string[];
  /** Where the widget's record links lead: the sandbox's own record pages, or Zoho's as the widget built them. */
  readonly recordLinks: 'sandbox' | 'zoho';
};

export const DEFAULT_SHIM_OPTIONS: ShimOptions = {
  dataCentre: 'com',
  session: true,
  connections: ['crm_api'],
  upsertAnswer: 'array',
  crmSetAnswer: 'string',
  environment: true,
  notify: 'wrapped',
  broken: [],
  recordLinks: 'sandbox',
};

const pick = <T>(value: unknown, ok: (v: unknown) => v is T, fallback: T): T =>
  ok(value) ? value : fallback;
const isString = (v: unknown): v is string => typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const oneOf =
  <T extends string>(...values: readonly T[]) =>
  (v: unknown): v is T =>
    (values as readonly unknown[]).includes(v);

/** The `zohoShim` query parameter (JSON) over the defaults; anything unreadable keeps the default. */
export const parseShimOptions = (raw: string | null): ShimOptions => {
  let input: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed === 'object' && parsed !== null) input = parsed as Record<string, unknown>;
  } catch {}
  const d = DEFAULT_SHIM_OPTIONS;
  return {
    dataCentre: pick(input.dataCentre, isString, d.dataCentre),
    session: pick(input.session, isBoolean, d.session),
    connections: pick(input.connections, isStrings, d.connections),
    upsertAnswer: pick(input.upsertAnswer, oneOf('array', 'wrapped'), d.upsertAnswer),
    crmSetAnswer: pick(input.crmSetAnswer, oneOf('string', 'object'), d.crmSetAnswer),
    environment: pick(input.environment, isBoolean, d.environment),
    notify: pick(input.notify, oneOf('wrapped', 'plain'), d.notify),
    broken: pick(input.broken, isStrings, d.broken),
    recordLinks: pick(input.recordLinks, oneOf('sandbox', 'zoho'), d.recordLinks),
  };
};

/** Zoho's deployment codes as GetCurrentEnvironment names them, per data centre suffix. */
export const DEPLOYMENTS: Readonly<Record<string, string>> = {
  com: 'US',
  eu: 'EU',
  in: 'IN',
  'com.au': 'AU',
  jp: 'JP',
  ca: 'CA',
  sa: 'SA',
  'com.cn': 'CN',
};
