/** Knobs for the hard days and for behaviour Zoho leaves undocumented (UNVERIFIED in ZOHO.md). */
export type SandboxOptions = {
  /** Delay before every answer. */
  readonly latencyMs: number;
  /** Requests allowed before every further one answers 429 TOO_MANY_REQUESTS; null for no limit. */
  readonly requestBudget: number | null;
  /** Search misses records created less than this many ms ago; reads and COQL never do. */
  readonly searchIndexLagMs: number;
  /** Share of requests (0..1) answered with 500 INTERNAL_ERROR, drawn from a seeded RNG. */
  readonly errorRate: number;
  readonly errorSeed: number;
  /** Zoho's search `equals` can match values that merely contain the query. */
  readonly equalsMeansContains: boolean;
  /** UNVERIFIED: whether the system duplicate-check field blocks inserts when not marked unique. */
  readonly systemFieldBlocksInsert: boolean;
  /** UNVERIFIED: two records of one write sharing a unique value: the later clashes, or both go through. */
  readonly inBatchDuplicates: 'later-clashes' | 'allowed';
  /**
   * UNVERIFIED for one profile: whether reading profiles needs "Manage Profiles" (Zoho documents NO_PERMISSION
   * naming Crm_Implied_Manage_Profiles for the list); true answers a profile without it 403 NO_PERMISSION.
   */
  readonly profileReadNeedsManageProfiles: boolean;
  /** Conditions allowed in one search criteria. */
  readonly criteriaLimit: number;
  /** Records in one Bulk Read page (Zoho: 200,000); smaller in tests to exercise paging. */
  readonly bulkReadPageSize: number;
  /** Status polls a Bulk Read job answers IN PROGRESS before it is COMPLETED. */
  readonly bulkReadPolls: number;
  /** Lifetime of an access token from the OAuth token endpoint (Zoho: 3600 s). */
  readonly accessTokenTtlSec: number;
  /** The clock (epoch ms); injectable for tests. */
  readonly now: () => number;
};

export const DEFAULT_OPTIONS: SandboxOptions = {
  latencyMs: 0,
  requestBudget: null,
  searchIndexLagMs: 0,
  errorRate: 0,
  errorSeed: 1,
  equalsMeansContains: true,
  systemFieldBlocksInsert: false,
  inBatchDuplicates: 'later-clashes',
  profileReadNeedsManageProfiles: true,
  criteriaLimit: 10,
  bulkReadPageSize: 200_000,
  bulkReadPolls: 1,
  accessTokenTtlSec: 3600,
  now: () => Date.now(),
};

/** Options a test may set for one request with the `X-Sandbox-Options` JSON header. */
export const OPTIONS_HEADER = 'x-sandbox-options';

const NUMBER_KEYS = [
  'latencyMs',
  'searchIndexLagMs',
  'errorRate',
  'errorSeed',
  'criteriaLimit',
  'bulkReadPageSize',
  'bulkReadPolls',
  'accessTokenTtlSec',
] as const;
const BOOLEAN_KEYS = [
  'equalsMeansContains',
  'systemFieldBlocksInsert',
  'profileReadNeedsManageProfiles',
] as const;

/** Reads the per-request header; unknown keys and wrong types are ignored. */
export const parseOptionsHeader = (raw: string | null): Partial<SandboxOptions> => {
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const input = parsed as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of NUMBER_KEYS) if (typeof input[key] === 'number') out[key] = input[key];
  for (const key of BOOLEAN_KEYS) if (typeof input[key] === 'boolean') out[key] = input[key];
  if (input.requestBudget === null || typeof input.requestBudget === 'number')
    out.requestBudget = input.requestBudget;
  if (input.inBatchDuplicates === 'later-clashes' || input.inBatchDuplicates === 'allowed')
    out.inBatchDuplicates = input.inBatchDuplicates;
  if (typeof input.nowMs === 'number') {
    const fixed = input.nowMs;
    out.now = () => fixed;
  }
  return out as Partial<SandboxOptions>;
};
