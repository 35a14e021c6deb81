import { type MatchConfig, matchConfigFor } from '../../dedupe/match-config';
import type { FieldRule, MatchMethod } from '../../dedupe/settings';
import type { MatchField, MatchKind } from '../../dedupe/types';

/** Which engine kinds each admin-facing match method stands for. */
const KINDS: Readonly<Record<MatchMethod, readonly MatchKind[]>> = {
  exact: ['email', 'exact', 'text'],
  'fuzzy-name': ['first_name', 'last_name', 'full_name', 'text'],
  phone: ['phone'],
  company: ['company'],
};

const NAME_KIND: Readonly<Record<string, MatchKind>> = {
  First_Name: 'first_name',
  Last_Name: 'last_name',
};

/** Weights for a field the defaults do not know; Email-like fields compare as emails. */
const fresh = ({ field, method }: FieldRule): MatchField => {
  switch (method) {
    case 'exact':
      return /email/i.test(field)
        ? { field, kind: 'email', agree: 12, disagree: 2, blocking: 'equals' }
        : { field, kind: 'exact', agree: 8, disagree: 1, blocking: 'equals' };
    case 'fuzzy-name':
      return { field, kind: NAME_KIND[field] ?? 'full_name', agree: 6, disagree: 3, blocking: 'prefix' };
    case 'phone':
      return { field, kind: 'phone', agree: 10, disagree: 1, blocking: 'equals' };
    case 'company':
      return { field, kind: 'company', agree: 6, disagree: 2, blocking: 'prefix' };
  }
};

/**
 * The admin's field rules as the engine's match configuration: a field the defaults already weigh with the same
 * method keeps its tuned weights; any other rule gets the method's standard weights.
 */
export const matchConfigFromRules = (module: string, rules: readonly FieldRule[]): MatchConfig => {
  const base = matchConfigFor(module);
  const fields = rules.map((rule) => {
    const known = base.fields.find((f) => f.field === rule.field);
    return known && KINDS[rule.method].includes(known.kind) ? known : fresh(rule);
  });
  return { prior: base.prior, fields };
};
