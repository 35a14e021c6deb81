import type { Values } from '../dedupe/types';
import type { WriteOp, WritePlan } from '../dedupe/write-plan';
import type { CrmClient, RecordOutcome } from './crm-client';
import type { CrmError } from './crm-error';
import { describeError } from './describe-error';
import type { Journal } from './write-journal';

/** Zoho takes at most 100 records a write call (ZOHO.md "Responses"). */
const PER_CALL = 100;

export type RowFate = {
  readonly row: number;
  /** merged: the row's values went into another row's record. unknown: sent, answer lost, not safe to resend. */
  readonly state: 'inserted' | 'updated' | 'merged' | 'skipped' | 'failed' | 'unknown';
  readonly recordId: string | null;
  readonly message: string;
};

export type ApplyOutcome = {
  readonly rows: readonly RowFate[];
  readonly calls: number;
  /** Rows whose outcome came from the journal of an earlier run. */
  readonly resumedRows: number;
};

export type ApplyInput = {
  readonly client: CrmClient;
  readonly module: string;
  readonly plan: WritePlan;
  /** Zoho's duplicate check order, sent as duplicate_check_fields on every upsert. */
  readonly order: readonly string[];
  readonly journal: Journal;
  /** Calls in flight at once (Zoho: 5 to 25 per org and app, by edition). */
  readonly concurrency?: number;
  readonly attempts?: number;
  readonly backoffMs?: (attempt: number) => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onProgress?: (done: number, total: number) => void;
};

/** A resend cannot create a second record: an update by id, or an upsert carrying a duplicate check value. */
const idempotent = (op: WriteOp, order: readonly string[]): boolean =>
  op.method === 'update' || (op.method === 'upsert' && order.some((f) => typeof op.values[f] === 'string'));

const retryable = (e: CrmError): boolean =>
  e.kind === 'timeout' ||
  e.kind === 'offline' ||
  (e.kind === 'zoho' && (e.status === 429 || e.status >= 500));

/** 429 means nothing was written; a 5xx or a lost answer may have written, so only idempotent calls go again. */
const safeToRetry = (e: CrmError, ops: readonly WriteOp[], order: readonly string[]): boolean =>
  e.kind === 'zoho' && e.status === 429 ? true : ops.every((op) => idempotent(op, order));

const chunks = (ops: readonly WriteOp[]): WriteOp[][] => {
  const out: WriteOp[][] = [];
  for (const method of ['update', 'upsert', 'insert'] as const) {
    const same = ops.filter((o) => o.method === method);
    for (let i = 0; i < same.length; i += PER_CALL) out.push(same.slice(i, i + PER_CALL));
  }
  return out;
};

/** Writes the plan: upserts and updates of at most 100 records, retried with backoff, each write journalled. */
export const applyWrites = async (input: ApplyInput): Promise<ApplyOutcome> => {
  const { client, module, plan, order, journal } = input;
  const sleep = input.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const backoff = input.backoffMs ?? ((a: number) => Math.min(30_000, 500 * 2 ** a));
  let calls = 0;
  let resumed = 0;
  const todo: WriteOp[] = [];
  for (const op of plan.ops) {
    const known = op.rows.map((row) => journal.get(row)?.state);
    if (known.every((s) => s === 'done')) resumed += op.rows.length;
    else if (known.includes('sent') && !idempotent(op, order)) resumed += op.rows.length;
    else todo.push(op);
  }
  const send = (
    ops: readonly WriteOp[],
  ): Promise<{ ok: true; value: readonly RecordOutcome[] } | { ok: false; error: CrmError }> => {
    calls++;
    const method = ops[0]?.method ?? 'upsert';
    if (method === 'update')
      return client.update(
        module,
        ops.map((o): Values => ({ ...o.values, id: o.recordId ?? '' })),
      );
    if (method === 'insert')
      return client.insert(
        module,
        ops.map((o) => o.values),
      );
    return client.upsert(
      module,
      ops.map((o) => o.values),
      order.length > 0 ? { duplicateCheckFields: order } : {},
    );
  };
  const queue = chunks(todo);
  const total = queue.length;
  let finished = 0;
  const worker = async (): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      for (const op of batch) journal.append({ rows: op.rows, state: 'sent' });
      for (let attempt = 0; ; attempt++) {
        const answer = await send(batch);
        if (answer.ok) {
          batch.forEach((op, i) => {
            const o = answer.value[i];
            if (o?.ok)
              journal.append({ rows: op.rows, state: 'done', id: o.value.id, action: o.value.action });
            else
              journal.append({
                rows: op.rows,
                state: 'failed',
                code: o?.error.kind === 'zoho' ? o.error.code : 'NO_ANSWER',
                message: o ? describeError(o.error) : 'Zoho gave no answer for this record',
              });
          });
          break;
        }
        const safe = safeToRetry(answer.error, batch, order);
        if (retryable(answer.error) && safe && attempt + 1 < (input.attempts ?? 6)) {
          // After a 429 the client pauses every call for Zoho's window (rate-gate): wait at least that long.
          const pause = answer.error.kind === 'zoho' ? (answer.error.retryAfterMs ?? 0) : 0;
          await sleep(Math.max(backoff(attempt), pause));
          continue;
        }
        const e = answer.error;
        const mayHaveWritten = retryable(e) && !(e.kind === 'zoho' && e.status === 429);
        // A call that may have written and is not safe to resend stays "sent": the report says unknown.
        if (!mayHaveWritten || safe)
          for (const op of batch)
            journal.append({
              rows: op.rows,
              state: 'failed',
              code: answer.error.kind === 'zoho' ? answer.error.code : answer.error.kind.toUpperCase(),
              message: describeError(answer.error),
            });
        break;
      }
      finished++;
      input.onProgress?.(finished, total);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, input.concurrency ?? 5) }, worker));
  return { rows: fates(plan, journal), calls, resumedRows: resumed };
};

const fates = (plan: WritePlan, journal: Journal): RowFate[] => {
  const out: RowFate[] = plan.skipped.map((row) => ({ row, state: 'skipped', recordId: null, message: '' }));
  for (const op of plan.ops) {
    op.rows.forEach((row) => {
      const e = journal.get(row);
      const lead = e?.rows[0] ?? row;
      if (e?.state === 'done')
        out.push({
          row,
          state: lead !== row ? 'merged' : e.action === 'insert' ? 'inserted' : 'updated',
          recordId: e.id,
          message: lead !== row ? `merged into row ${lead}'s record` : '',
        });
      else if (e?.state === 'failed')
        out.push({ row, state: 'failed', recordId: null, message: `${e.code}: ${e.message}` });
      else
        out.push({
          row,
          state: 'unknown',
          recordId: null,
          message: 'sent, but no answer came back; check the CRM before writing it again',
        });
    });
  }
  return out.sort((a, b) => a.row - b.row);
};
