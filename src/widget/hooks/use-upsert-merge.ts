import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CandidateRecord } from '../../dedupe/types';
import type { CrmClient, RecordOutcome, WriteSuccess } from '../../zoho/crm-client';
import { type CrmError, isZohoCode } from '../../zoho/crm-error';
import type { Result } from '../../zoho/result';
import { valueText } from '../format';
import type { UpsertPlan } from '../merge/upsert-plan';

export type MergeState =
  | { readonly status: 'loading' }
  | { readonly status: 'editing'; readonly record: CandidateRecord; readonly changedSince: readonly string[] }
  | { readonly status: 'saving'; readonly record: CandidateRecord }
  | {
      readonly status: 'done';
      readonly record: CandidateRecord;
      readonly plan: UpsertPlan;
      readonly saved: WriteSuccess | null;
      readonly undo: 'available' | 'running' | 'done' | 'conflict' | 'failed';
    }
  | { readonly status: 'failed'; readonly record: CandidateRecord | null; readonly error: CrmError };

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
    async (previous: CandidateRecord | null) => {
      const got = await client.getRecord(module, id);
      if (!got.ok) return setState({ status: 'failed', record: previous, error: got.error });
      setState({
        status: 'editing',
        record: got.value,
        changedSince: previous ? diff(previous, got.value) : [],
      });
    },
    [client, module, id],
  );
  useEffect(() => {
    load(null);
  }, [load]);

  const confirm = async (record: CandidateRecord, plan: UpsertPlan) => {
    if (plan.changes.length === 0)
      return setState({ status: 'done', record, plan, saved: null, undo: 'done' });
    setState({ status: 'saving', record });
    const guard = record.modifiedTime ? { ifUnmodifiedSince: record.modifiedTime } : {};
    const result = firstOutcome(
      plan.duplicateCheckFields
        ? await client.upsert(module, [plan.payload], {
            ...guard,
            duplicateCheckFields: plan.duplicateCheckFields,
          })
        : await client.update(module, [{ ...plan.payload, id: record.id }], guard),
    );
    if (result.ok) return setState({ status: 'done', record, plan, saved: result.value, undo: 'available' });
    if (isZohoCode(result.error, 'ALREADY_MODIFIED')) return load(record);
    setState({ status: 'failed', record, error: result.error });
  };

  const undo = async () => {
    if (state.status !== 'done' || !state.saved) return;
    const done = state;
    setState({ ...done, undo: 'running' });
    const guard = done.saved?.modifiedTime ? { ifUnmodifiedSince: done.saved.modifiedTime } : {};
    const result = firstOutcome(
      await client.update(module, [{ ...done.plan.undo, id: done.record.id }], guard),
    );
    const outcome = result.ok ? 'done' : isZohoCode(result.error, 'ALREADY_MODIFIED') ? 'conflict' : 'failed';
    setState({ ...done, undo: outcome });
  };

  const retry = () => {
    if (state.status === 'failed') load(state.record);
  };

  return { state, confirm, undo, retry };
};
