import { useCallback, useEffect, useState } from 'preact/hooks';
import { duplicateCheckOrder } from '../../dedupe/duplicate-check-order';
import type { MergePlan } from '../../dedupe/merge-plan';
import type { CandidateRecord, FieldInfo, Values } from '../../dedupe/types';
import type { CrmClient, RecordOutcome, WriteSuccess } from '../../zoho/crm-client';
import { type CrmError, isZohoCode } from '../../zoho/crm-error';
import type { Result } from '../../zoho/result';
import { valueText } from '../format';

/** The record as loaded, with what the merge plan needs from the module's metadata. */
export type MergeTarget = {
  readonly record: CandidateRecord;
  readonly fields: readonly FieldInfo[];
  readonly order: readonly string[];
};

export type MergeState =
  | { readonly status: 'loading' }
  | { readonly status: 'editing'; readonly target: MergeTarget; readonly changedSince: readonly string[] }
  | { readonly status: 'saving'; readonly target: MergeTarget }
  | {
      readonly status: 'done';
      readonly target: MergeTarget;
      readonly plan: MergePlan;
      readonly saved: WriteSuccess | null;
      readonly undo: 'available' | 'running' | 'done' | 'conflict' | 'failed';
    }
  | { readonly status: 'failed'; readonly target: MergeTarget | null; readonly error: CrmError };

/** The first record's outcome of a write, with request- and record-level errors folded together. */
const firstOutcome = (result: Result<readonly RecordOutcome[], CrmError>): Result<WriteSuccess, CrmError> => {
  if (!result.ok) return result;
  return (
    result.value[0] ?? { ok: false, error: { kind: 'invalid-response', issues: ['empty write answer'] } }
  );
};

/** Fields whose value differs between what the rep previewed and the record now. */
const diff = (before: CandidateRecord, after: CandidateRecord): readonly string[] =>
  [...new Set([...Object.keys(before.values), ...Object.keys(after.values)])].filter(
    (f) => f !== 'Modified_Time' && valueText(before.values[f]) !== valueText(after.values[f]),
  );

/** Loads the record, writes a merge plan guarded by the previewed Modified_Time, and undoes it the same way. */
export const useUpsertMerge = (client: CrmClient, module: string, id: string) => {
  const [state, setState] = useState<MergeState>({ status: 'loading' });

  const load = useCallback(
    async (previous: MergeTarget | null) => {
      const [got, fields] = await Promise.all([
        client.getRecord(module, id),
        previous ? null : client.getFields(module),
      ]);
      if (fields && !fields.ok) return setState({ status: 'failed', target: previous, error: fields.error });
      if (!got.ok) return setState({ status: 'failed', target: previous, error: got.error });
      const info = fields?.value ?? previous?.fields ?? [];
      const target = {
        record: got.value,
        fields: info,
        order: duplicateCheckOrder({ module, fields: info }),
      };
      const changedSince = previous ? diff(previous.record, got.value) : [];
      setState({ status: 'editing', target, changedSince });
    },
    [client, module, id],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  /** The upsert through the record's own duplicate check field, or an update by id where it has none. */
  const write = (payload: Values, plan: MergePlan, guard: string | null) => {
    const opts = guard ? { ifUnmodifiedSince: guard } : {};
    return plan.duplicateCheckFields
      ? client.upsert(module, [payload], { ...opts, duplicateCheckFields: plan.duplicateCheckFields })
      : client.update(module, [payload], opts);
  };

  const confirm = async (target: MergeTarget, plan: MergePlan) => {
    if (plan.changes.length === 0)
      return setState({ status: 'done', target, plan, saved: null, undo: 'done' });
    setState({ status: 'saving', target });
    const result = firstOutcome(await write(plan.payload, plan, plan.ifUnmodifiedSince));
    if (result.ok) return setState({ status: 'done', target, plan, saved: result.value, undo: 'available' });
    // Someone changed the record since the preview: reload, show what changed, ask again.
    if (isZohoCode(result.error, 'ALREADY_MODIFIED')) return load(target);
    setState({ status: 'failed', target, error: result.error });
  };

  const undo = async () => {
    if (state.status !== 'done' || !state.saved) return;
    const done = state;
    setState({ ...done, undo: 'running' });
    const result = firstOutcome(
      await write(done.plan.undoPayload, done.plan, done.saved?.modifiedTime ?? null),
    );
    const outcome = result.ok ? 'done' : isZohoCode(result.error, 'ALREADY_MODIFIED') ? 'conflict' : 'failed';
    setState({ ...done, undo: outcome });
  };

  const retry = () => {
    if (state.status === 'failed') void load(state.target);
  };

  return { state, confirm, undo, retry };
};
