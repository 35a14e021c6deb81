import type { FieldChange } from '../../dedupe/merge-plan';
import type { CandidateRecord, FieldValue, Values } from '../../dedupe/types';
import type { CrmClient, WriteSuccess } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';
import { valueText } from '../format';

/** What a guarded write did, in terms the rep can be told truthfully. */
export type WriteOutcome =
  | { readonly kind: 'written'; readonly saved: WriteSuccess }
  /** Someone changed a field about to be written since the rep saw it: nothing was written. */
  | { readonly kind: 'changed'; readonly record: CandidateRecord; readonly fields: readonly string[] }
  /** The record can no longer be updated: nothing was written. */
  | { readonly kind: 'gone'; readonly reason: 'deleted' | 'converted' | 'no-access' }
  /** Zoho answered with another record than the one addressed (a created record): it exists now. */
  | { readonly kind: 'inserted'; readonly id: string }
  | { readonly kind: 'failed'; readonly error: CrmError };

/** One write of a known record: the fields it changes, from what the rep saw to what they chose. */
export type GuardedWrite = {
  readonly module: string;
  readonly id: string;
  readonly changes: readonly FieldChange[];
  /** What to send besides `id` (changed fields, `$append_values`). */
  readonly payload: Values;
};

export type WriteClock = {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
};

export const SYSTEM_CLOCK: WriteClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

// Modified_Time has one-second resolution (ZOHO.md, If-Unmodified-Since), so a change made later in the same
// second as the record's last one passes the guard; writing only once that second is over (with a second of
// margin for clock skew) leaves Zoho's own guard nothing it cannot see.
const BLIND_MS = 2000;
const MAX_WAITS = 3;

const same = (a: FieldValue | undefined, b: FieldValue | undefined): boolean =>
  valueText(a ?? null).trim() === valueText(b ?? null).trim();

/** Fields whose current value is not `side` of the change. */
export const differing = (record: CandidateRecord, changes: readonly FieldChange[], side: 'from' | 'to') =>
  changes.filter((c) => !same(record.values[c.field], c[side])).map((c) => c.field);

/** Zoho's answers for a record that cannot be written any more; INVALID_DATA only when it names the id. */
const goneReason = (error: CrmError): 'deleted' | 'converted' | 'no-access' | null => {
  if (error.kind !== 'zoho') return null;
  if (error.code === 'NO_PERMISSION' || error.status === 403) return 'no-access';
  if (error.code === 'CONVERTED_RECORD') return 'converted';
  const field = error.details.api_name;
  return error.code === 'INVALID_DATA' && (field === undefined || field === 'id') ? 'deleted' : null;
};

type Fresh =
  | { readonly ok: true; readonly record: CandidateRecord }
  | { readonly ok: false; readonly outcome: WriteOutcome };

const reread = async (client: CrmClient, w: GuardedWrite): Promise<Fresh> => {
  const got = await client.getRecord(w.module, w.id);
  if (!got.ok) {
    const reason = goneReason(got.error);
    return { ok: false, outcome: reason ? { kind: 'gone', reason } : { kind: 'failed', error: got.error } };
  }
  if (got.value.converted) return { ok: false, outcome: { kind: 'gone', reason: 'converted' } };
  return { ok: true, record: got.value };
};

const modifiedMs = (record: CandidateRecord): number | null => {
  const ms = record.modifiedTime ? Date.parse(record.modifiedTime) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
};

/** Re-reads until the record's last change is old enough for If-Unmodified-Since to see any later one. */
const settled = async (client: CrmClient, w: GuardedWrite, clock: WriteClock): Promise<Fresh> => {
  let fresh = await reread(client, w);
  for (let i = 0; i < MAX_WAITS && fresh.ok; i++) {
    const changed = differing(fresh.record, w.changes, 'from');
    if (changed.length > 0)
      return { ok: false, outcome: { kind: 'changed', record: fresh.record, fields: changed } };
    const last = modifiedMs(fresh.record);
    const wait = last === null ? 0 : last + BLIND_MS - clock.now();
    if (wait <= 0) return fresh;
    await clock.sleep(wait);
    fresh = await reread(client, w);
  }
  return fresh;
};

// Lost answers: the write may have landed, so the record itself says what happened.
export const answerLost = (error: CrmError): boolean =>
  error.kind === 'timeout' ||
  error.kind === 'offline' ||
  error.kind === 'invalid-response' ||
  (error.kind === 'zoho' && error.status >= 500);

/** After an answer was lost: the new values are there (landed), the old ones (did not), or neither (someone else). */
const learn = async (client: CrmClient, w: GuardedWrite, error: CrmError): Promise<WriteOutcome> => {
  const fresh = await reread(client, w);
  if (!fresh.ok) return fresh.outcome.kind === 'failed' ? { kind: 'failed', error } : fresh.outcome;
  const { record } = fresh;
  if (differing(record, w.changes, 'to').length === 0)
    return {
      kind: 'written',
      saved: { action: 'update', duplicateField: null, id: record.id, modifiedTime: record.modifiedTime },
    };
  const changed = differing(record, w.changes, 'from');
  return changed.length === 0 ? { kind: 'failed', error } : { kind: 'changed', record, fields: changed };
};

/** One attempt; `again` when Zoho's guard refused but none of the written fields changed. */
const attempt = async (
  client: CrmClient,
  w: GuardedWrite,
  clock: WriteClock,
): Promise<WriteOutcome | 'again'> => {
  const fresh = await settled(client, w, clock);
  if (!fresh.ok) return fresh.outcome;
  const guard = fresh.record.modifiedTime;
  const result = await client.update(
    w.module,
    [{ ...w.payload, id: w.id }],
    guard ? { ifUnmodifiedSince: guard } : {},
  );
  const first = result.ok ? result.value[0] : undefined;
  if (!result.ok || !first) {
    const error: CrmError = result.ok
      ? { kind: 'invalid-response', issues: ['empty write answer'] }
      : result.error;
    return answerLost(error) ? learn(client, w, error) : { kind: 'failed', error };
  }
  if (!first.ok) {
    const e = first.error;
    if (e.code === 'ALREADY_MODIFIED') return 'again';
    const reason = goneReason(e);
    return reason
      ? { kind: 'gone', reason }
      : answerLost(e)
        ? learn(client, w, e)
        : { kind: 'failed', error: e };
  }
  // An update by id must answer for that id; anything else is a record Zoho created.
  if (first.value.id !== w.id || first.value.action === 'insert')
    return { kind: 'inserted', id: first.value.id };
  return { kind: 'written', saved: first.value };
};

/**
 * Writes the changes to the record by id, and only if its fields still hold what the rep saw: re-read and
 * compare first, guard with If-Unmodified-Since, check Zoho's answer names that record, and after a lost answer
 * re-read to learn whether the write landed. Never rejects.
 */
export const guardedWrite = async (
  client: CrmClient,
  w: GuardedWrite,
  clock: WriteClock = SYSTEM_CLOCK,
): Promise<WriteOutcome> => {
  for (let i = 0; i < 2; i++) {
    const outcome = await attempt(client, w, clock);
    if (outcome !== 'again') return outcome;
  }
  // Refused twice: whatever changed is shown to the rep rather than written over.
  const fresh = await reread(client, w);
  if (!fresh.ok) return fresh.outcome;
  return { kind: 'changed', record: fresh.record, fields: differing(fresh.record, w.changes, 'from') };
};
