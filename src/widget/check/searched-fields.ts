import type { ScopeTarget } from '../../dedupe/check-scope';
import type { MatchConfig } from '../../dedupe/match-config';
import type { Values } from '../../dedupe/types';
import { fieldsIn } from './plan-searches';

const filled = (value: Values[string] | undefined): boolean =>
  value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);

export type Searched = {
  /** Module -> the filled form fields its search compared, as the form names them. */
  readonly searched: Readonly<Record<string, readonly string[]>>;
  /** Filled match fields that no searched module has. */
  readonly unchecked: readonly string[];
};

/** What a check really compared, so "no duplicates" can say for which fields and modules. */
export const searchedFields = (
  module: string,
  values: Values,
  targets: readonly ScopeTarget[],
  config: MatchConfig,
  searchable: Readonly<Record<string, readonly string[]>>,
): Searched => {
  const searched: Record<string, readonly string[]> = {};
  for (const target of targets)
    searched[target.module] = fieldsIn(module, target.module, config, searchable)
      .map((f) => f.field)
      .filter((field) => filled(values[field]));
  const anywhere = new Set(Object.values(searched).flat());
  const unchecked = config.fields
    .map((f) => f.field)
    .filter((field) => filled(values[field]) && !anywhere.has(field));
  return { searched, unchecked };
};
