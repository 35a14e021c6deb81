import { type CheckPlan, planCheck } from '../../dedupe/check-plan';
import type { ScopeTarget } from '../../dedupe/check-scope';
import type { MatchConfig } from '../../dedupe/match-config';
import { fieldIn } from '../../dedupe/modules';
import type { SearchCache } from '../../dedupe/search-cache';
import type { Values } from '../../dedupe/types';

export type PlanInput = {
  readonly module: string;
  readonly values: Values;
  readonly targets: readonly ScopeTarget[];
  readonly config: MatchConfig;
  readonly searchable: Readonly<Record<string, readonly string[]>>;
  readonly cache: SearchCache;
  /** Also read the unique fields through COQL (the Save popup: search's index may lag behind a new record). */
  readonly fresh: boolean;
};

/** The match fields `target` has, named as it names them (unknown fields: all of them). */
export const fieldsIn = (
  module: string,
  target: string,
  config: MatchConfig,
  searchable: PlanInput['searchable'],
): MatchConfig['fields'] => {
  const has = searchable[target];
  return has ? config.fields.filter((f) => has.includes(fieldIn(module, target, f.field))) : config.fields;
};

/** One plan per target, each asking only for fields that module has. */
export const planSearches = (input: PlanInput): CheckPlan => {
  const { module, values, targets, config, searchable, cache, fresh } = input;
  const plans = targets.map((target) =>
    planCheck({
      module,
      values,
      targets: [target],
      cache,
      coql: fresh,
      config: { ...config, fields: fieldsIn(module, target.module, config, searchable) },
    }),
  );
  return { calls: plans.flatMap((p) => p.calls), cached: plans.flatMap((p) => p.cached) };
};
