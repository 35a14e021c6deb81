import { type CheckPlan, planCheck } from '../../dedupe/check-plan';
import type { ScopeTarget } from '../../dedupe/check-scope';
import { fieldIn, type MatchConfig } from '../../dedupe/match-config';
import type { SearchCache } from '../../dedupe/search-cache';
import type { Values } from '../../dedupe/types';

/** One plan per target, each asking only for fields that module has (unknown fields: ask them all). */
export const planSearches = (
  module: string,
  values: Values,
  targets: readonly ScopeTarget[],
  config: MatchConfig,
  searchable: Readonly<Record<string, readonly string[]>>,
  cache: SearchCache,
): CheckPlan => {
  const plans = targets.map((target) => {
    const has = searchable[target.module];
    const fields = has
      ? config.fields.filter((f) => has.includes(fieldIn(module, target.module, f.field)))
      : config.fields;
    return planCheck({ module, values, targets: [target], cache, config: { ...config, fields } });
  });
  return { calls: plans.flatMap((p) => p.calls), cached: plans.flatMap((p) => p.cached) };
};
