import * as z from 'zod/mini';
import type { MergeOutcome, RecordOutcome } from './crm-client';
import type { CrmError } from './crm-error';
import { parse } from './interpret';
import { err, ok, type Result } from './result';
import { duplicateCheckPreferenceSavedWire } from './schemas/duplicate-check-preference';
import { mergeDetailsWire, mergeResultWire } from './schemas/merge';
import { writeDetailsWire, writeResultWire } from './schemas/write-result';
import { errorFromBody, invalidResponse, statusForCode, toZohoError } from './zoho-error';

type R<T> = Result<T, CrmError>;

/** Per-record answers; `status` is the HTTP status when known (the SDK hides it). */
export const readWriteOutcomes = (
  body: unknown,
  status: number | null,
  module: string,
  defaultAction: 'insert' | 'update',
): R<readonly RecordOutcome[]> => {
  const parsed = z.safeParse(writeResultWire, body);
  if (!parsed.success) return err(errorFromBody(body, status, module));
  const outcomes: RecordOutcome[] = [];
  for (const item of parsed.data.data) {
    if (item.code !== 'SUCCESS') {
      outcomes.push(err(toZohoError(item, status ?? statusForCode(item.code), module)));
      continue;
    }
    const details = parse(writeDetailsWire, item.details);
    if (!details.ok) return details;
    const action = item.action === 'update' || item.action === 'insert' ? item.action : defaultAction;
    outcomes.push(
      ok({
        action,
        duplicateField: item.duplicate_field ?? null,
        id: details.value.id,
        modifiedTime: details.value.Modified_Time ?? null,
      }),
    );
  }
  return ok(outcomes);
};

/** DELETE {module}?ids=: `{data: [{code: "SUCCESS", details: {id}}]}`; success counts only for the id asked for. */
export const readDeleted = (body: unknown, status: number | null, module: string, id: string): R<null> => {
  const parsed = z.safeParse(writeResultWire, body);
  const item = parsed.success ? parsed.data.data[0] : undefined;
  if (!item) return err(errorFromBody(body, status, module));
  if (item.code !== 'SUCCESS') return err(toZohoError(item, status ?? statusForCode(item.code), module));
  const details = parse(writeDetailsWire, item.details);
  if (!details.ok) return details;
  return details.value.id === id ? ok(null) : err(invalidResponse('delete answer names another record'));
};

export const readMerge = (body: unknown, status: number | null, module: string): R<MergeOutcome> => {
  const parsed = z.safeParse(mergeResultWire, body);
  const item = parsed.success ? parsed.data.merge[0] : undefined;
  if (!item) return err(errorFromBody(body, status, module));
  const d = z.safeParse(mergeDetailsWire, item.details ?? {}).data;
  if (item.code === 'SUCCESS' && d?.id) return ok({ status: 'merged', id: d.id });
  if (item.code === 'SCHEDULED' && d?.job_id) return ok({ status: 'scheduled', jobId: d.job_id });
  if (item.code === 'SUCCESS' || item.code === 'SCHEDULED')
    return err(invalidResponse('merge answer without id'));
  return err(toZohoError(item, status ?? statusForCode(item.code), module));
};

/** POST/PUT/DELETE of the preference: `{duplicate_check_preference: {code: "SUCCESS"}}`, or 204. */
export const readPreferenceSaved = (body: unknown, status: number | null, module: string): R<null> => {
  if (body === null && (status === null || status < 400)) return ok(null);
  const saved = z.safeParse(duplicateCheckPreferenceSavedWire, body);
  if (saved.success && saved.data.duplicate_check_preference.code === 'SUCCESS') return ok(null);
  if (saved.success) return err(toZohoError(saved.data.duplicate_check_preference, status ?? 400, module));
  return err(errorFromBody(body, status, module));
};
