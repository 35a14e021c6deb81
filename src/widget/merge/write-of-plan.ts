import type { MergePlan } from '../../dedupe/merge-plan';
import type { Values } from '../../dedupe/types';
import type { GuardedWrite } from './guarded-write';

const changedOnly = (payload: Values, fields: ReadonlySet<string>): Values =>
  Object.fromEntries(Object.entries(payload).filter(([f]) => fields.has(f) || f === '$append_values'));

/**
 * The plan as an update of the record by id. The plan's upsert key is left out: an upsert through Email inserts
 * a new record when a colleague changed that Email meanwhile, and rewriting an unchanged key could undo theirs.
 */
export const writeOfPlan = (module: string, id: string, plan: MergePlan): GuardedWrite => {
  const fields = new Set(plan.changes.map((c) => c.field));
  return { module, id, changes: plan.changes, payload: changedOnly(plan.payload, fields) };
};

/** Undo of the plan: every changed field back to its old value, by id. */
export const undoOfPlan = (module: string, id: string, plan: MergePlan): GuardedWrite => {
  const fields = new Set(plan.changes.map((c) => c.field));
  return {
    module,
    id,
    changes: plan.changes.map((c) => ({ field: c.field, from: c.to, to: c.from })),
    payload: Object.fromEntries(Object.entries(plan.undoPayload).filter(([f]) => fields.has(f))),
  };
};
