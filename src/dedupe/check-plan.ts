import { blockingKeys } from './blocking-keys';
import { type MatchConfig, matchConfigFor } from './match-config';
import { cacheKey, EMPTY_CACHE, type SearchCache } from './search-cache';
import { MAX_CRITERIA } from './search-limits';
import type { CandidateRecord, Criterion, Values } from './types';

export type PlannedCall =
  | {
      readonly kind: 'search';
      readonly module: string;
      readonly criteria: readonly Criterion[];
      readonly converted: 'false' | 'both';
    }
  /** COQL reads the database, so it finds a record created a moment ago that search's index has not seen. */
  | { readonly kind: 'coql'; readonly module: string; readonly criteria: readonly Criterion[] };

/** A module to search: a `ScopeTarget` from `duplicateCheckScope`, or any module an admin adds (no fieldMap). */
export type PlanTarget = {
  readonly module: string;
  readonly converted: 'false' | 'both';
  readonly fieldMap?: readonly { readonly from: string; readonly to: string }[];
};

export type CheckRequest = {
  readonly module: string;
  readonly values: Values;
  readonly targets: readonly PlanTarget[];
  readonly config?: MatchConfig;
  readonly cache?: SearchCache;
  /** Also read unique fields through COQL (just after a save, when search may lag). */
  readonly coql?: boolean;
};

export type CheckPlan = {
  readonly calls: readonly PlannedCall[];
  /** Records earlier searches in the session already found for the conditions this plan skips. */
  readonly cached: readonly CandidateRecord[];
};

/** The fewest calls that find the candidates: one search per module, split only past Zoho's 10-condition limit. */
export const planCheck = (request: CheckRequest): CheckPlan => {
  const config = request.config ?? matchConfigFor(request.module);
  const cache = request.cache ?? EMPTY_CACHE;
  const calls: PlannedCall[] = [];
  const cached = new Map<string, CandidateRecord>();
  for (const target of request.targets) {
    const keys = blockingKeys(request.values, config, request.module, target.module, target.fieldMap);
    const fresh = keys.filter((k) => {
      const hit = cache.get(cacheKey(target.module, target.converted, k.criterion));
      for (const r of hit ?? []) cached.set(`${r.module}|${r.id}`, r);
      return !hit;
    });
    const essential = fresh.filter((k) => k.essential).map((k) => k.criterion);
    const spare = fresh.filter((k) => !k.essential).map((k) => k.criterion);
    const room = Math.max(0, MAX_CRITERIA - (essential.length % MAX_CRITERIA || MAX_CRITERIA));
    const all = [...essential, ...spare.slice(0, essential.length === 0 ? MAX_CRITERIA : room)];
    for (let i = 0; i < all.length; i += MAX_CRITERIA)
      calls.push({
        kind: 'search',
        module: target.module,
        converted: target.converted,
        criteria: all.slice(i, i + MAX_CRITERIA),
      });
    const unique = new Set((target.fieldMap ?? []).map((m) => m.to));
    if (request.coql && unique.size) {
      const exact = keys.filter((k) => k.criterion.op === 'equals' && unique.has(k.criterion.field));
      if (exact.length)
        calls.push({ kind: 'coql', module: target.module, criteria: exact.map((k) => k.criterion) });
    }
  }
  return { calls, cached: [...cached.values()] };
};
