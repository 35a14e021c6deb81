import { useCallback, useEffect, useState } from 'preact/hooks';
import { duplicateCheckOrder } from '../../dedupe/duplicate-check-order';
import type { MergePlan } from '../../dedupe/merge-plan';
import type { CandidateRecord, FieldInfo } from '../../dedupe/types';
import type { CrmClient, WriteSuccess } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';
import { valueText } from '../format';
import {
  answerLost,
  differing,
  type GuardedWrite,
  guardedWrite,
  SYSTEM_CLOCK,
  type WriteClock,
  type WriteOutcome,
} from '../merge/guarded-write';
import { undoOfPlan, writeOfPlan } from '../merge/write-of-plan';

/** The record as loaded, with what the merge plan needs from the module's metadata. */
export type MergeTarget = {
  readonly record: CandidateRecord;
  readonly fields: readonly FieldInfo[];
  readonly order: readonly string[];
};

export type UndoState =
  | { readonly status: 'available' | 'running' | 'done' | 'failed' }
  /** Someone changed fields the undo would write back: shown, and Undo asks again. */
  | { readonly status: 'changed'; readonly record: CandidateRecord; readonly fields: readonly string[] }
  | { readonly status: 'gone'; readonly reason: GoneReason };

export type GoneReason = 'deleted' | 'converted' | 'no-access';

export type MergeState =
  | { readonly status: 'loading' }
  | { readonly status: 'editing'; readonly target: MergeTarget; readonly changedSince: readonly string[] }
  | { readonly status: 'saving'; readonly target: MergeTarget }
  | {
      readonly status: 'done';
      readonly target: MergeTarget;
      readonly plan: MergePlan;
      readonly saved: WriteSuccess | null;
      /** The write Undo makes: from what the rep last saw back to the values before the update. */
      readonly undoWrite: GuardedWrite;
      readonly undo: UndoState;
    }
  /** Nothing was written: the record was deleted, converted or is out of the rep's reach. */
  | { readonly status: 'gone'; readonly target: MergeTarget; readonly reason: GoneReason }
  /** Zoho created record `id` instead of updating the target. */
  | { readonly status: 'inserted'; readonly target: MergeTarget; readonly id: string }
  | {
      readonly status: 'failed';
      readonly target: MergeTarget | null;
      readonly error: CrmError;
      /** The plan whose write failed with its answer lost: it may land later, so a retry looks for it first. */
      readonly attempted?: MergePlan;
    };

/** Fields whose value differs between what the rep previewed and the record now. */
const diff = (before: CandidateRecord, after: CandidateRecord): readonly string[] =>
  [...new Set([...Object.keys(before.values), ...Object.keys(after.values)])].filter(
    (f) => f !== 'Modified_Time' && valueText(before.values[f]) !== valueText(after.values[f]),
  );

/** Loads the record, writes a merge plan to it by id once its fields still hold what the rep saw, and undoes it the same way. */
export const useUpsertMerge = (
  client: CrmClient,
  module: string,
  id: string,
  clock: WriteClock = SYSTEM_CLOCK,
) => {
  const [state, setState] = useState<MergeState>({ status: 'loading' });

  const load = useCallback(
    async (previous: MergeTarget | null, attempted?: MergePlan) => {
      const [got, fields] = await Promise.all([
        client.getRecord(module, id),
        previous ? null : client.getFields(module),
      ]);
      if (fields && !fields.ok) return setState({ status: 'failed', target: previous, error: fields.error });
      if (!got.ok) return setState({ status: 'failed', target: previous, error: got.error });
      if (previous && attempted && differing(got.value, attempted.changes, 'to').length === 0) {
        // The write the rep was told had failed landed after all: say so, and keep Undo.
        const { id: landedId, modifiedTime } = got.value;
        return setState({
          status: 'done',
          target: previous,
          plan: attempted,
          saved: { action: 'update', duplicateField: null, id: landedId, modifiedTime },
          undoWrite: undoOfPlan(module, id, attempted),
          undo: { status: 'available' },
        });
      }
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

  /** What the rep is told after a write that did not simply land. */
  const settle = (
    target: MergeTarget,
    outcome: Exclude<WriteOutcome, { kind: 'written' }>,
    attempted?: MergePlan,
  ): MergeState => {
    switch (outcome.kind) {
      case 'changed': {
        const fresh = { ...target, record: outcome.record };
        return { status: 'editing', target: fresh, changedSince: diff(target.record, outcome.record) };
      }
      case 'gone':
        return { status: 'gone', target, reason: outcome.reason };
      case 'inserted':
        return { status: 'inserted', target, id: outcome.id };
      case 'failed':
        return {
          status: 'failed',
          target,
          error: outcome.error,
          ...(attempted && answerLost(outcome.error) ? { attempted } : {}),
        };
    }
  };

  const confirm = async (target: MergeTarget, plan: MergePlan) => {
    const undoWrite = undoOfPlan(module, id, plan);
    if (plan.changes.length === 0)
      return setState({ status: 'done', target, plan, saved: null, undoWrite, undo: { status: 'done' } });
    setState({ status: 'saving', target });
    const outcome = await guardedWrite(client, writeOfPlan(module, id, plan), clock);
    if (outcome.kind === 'written')
      return setState({
        status: 'done',
        target,
        plan,
        saved: outcome.saved,
        undoWrite,
        undo: { status: 'available' },
      });
    setState(settle(target, outcome, plan));
  };

  const undo = async () => {
    if (state.status !== 'done' || !state.saved) return;
    const done = state;
    setState({ ...done, undo: { status: 'running' } });
    const outcome = await guardedWrite(client, done.undoWrite, clock);
    if (outcome.kind === 'written') return setState({ ...done, undo: { status: 'done' } });
    if (outcome.kind === 'changed') {
      // The rep has now seen the colleague's values: a second Undo writes over exactly those.
      const seen = done.undoWrite.changes.map((c) => ({
        ...c,
        from: outcome.record.values[c.field] ?? null,
      }));
      return setState({
        ...done,
        undoWrite: { ...done.undoWrite, changes: seen },
        undo: { status: 'changed', record: outcome.record, fields: outcome.fields },
      });
    }
    if (outcome.kind === 'gone')
      return setState({ ...done, undo: { status: 'gone', reason: outcome.reason } });
    if (outcome.kind === 'inserted') return setState(settle(done.target, outcome));
    setState({ ...done, undo: { status: 'failed' } });
  };

  const retry = () => {
    if (state.status === 'failed') void load(state.target, state.attempted);
  };

  return { state, confirm, undo, retry };
};
