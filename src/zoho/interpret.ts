import * as z from 'zod/mini';
import type { CandidateRecord, DuplicateCheckPreference, FieldInfo, Values } from '../dedupe/types';
import type { CurrentUser, MergeOutcome, ModuleInfo, OrgInfo, Page, RecordOutcome } from './crm-client';
import type { CrmError } from './crm-error';
import { err, ok, type Result } from './result';
import {
  duplicateCheckPreferenceEnvelopeWire,
  duplicateCheckPreferenceSavedWire,
} from './schemas/duplicate-check-preference';
import { fieldsWire } from './schemas/fields';
import { mergeResultWire } from './schemas/merge';
import { modulesWire } from './schemas/modules';
import { orgEnvelopeWire } from './schemas/org';
import { pageWire } from './schemas/records';
import { usersWire, userWire } from './schemas/user';
import { writeDetailsWire, writeResultWire } from './schemas/write-result';
import * as t from './translate';
import { errorFromBody, invalidResponse, issuesOf, statusForCode, toZohoError } from './zoho-error';

type R<T> = Result<T, CrmError>;

export const parse = <S extends z.ZodMiniType>(schema: S, body: unknown): R<z.output<S>> => {
  const parsed = z.safeParse(schema, body);
  return parsed.success ? ok(parsed.data) : err(invalidResponse(...issuesOf(parsed.error)));
};

const map = <A, B>(r: R<A>, f: (a: A) => B): R<B> => (r.ok ? ok(f(r.value)) : r);

/** No match answers 204 with no body (the SDK resolves `{status: 204}`): an empty page. */
const page = <T>(body: unknown, each: (r: z.output<typeof pageWire>['data'] & object) => readonly T[]) =>
  map(
    parse(pageWire, body ?? {}),
    (p): Page<T> => ({
      records: p.data ? each(p.data) : [],
      moreRecords: p.data ? (p.info?.more_records ?? false) : false,
    }),
  );

export const readSearchPage = (body: unknown, module: string): R<Page<CandidateRecord>> =>
  page(body, (data) => data.map((r) => t.toCandidate(module, r)));

export const readCoqlPage = (body: unknown): R<Page<Values>> => page(body, (data) => data.map(t.toValues));

export const readRecord = (body: unknown, module: string): R<CandidateRecord> => {
  const p = readSearchPage(body, module);
  if (!p.ok) return p;
  const first = p.value.records[0];
  return first ? ok(first) : err(invalidResponse('record response without data'));
};

export const readFields = (body: unknown): R<readonly FieldInfo[]> =>
  map(parse(fieldsWire, body), (b) => b.fields.map(t.toFieldInfo));

export const readModules = (body: unknown): R<readonly ModuleInfo[]> =>
  map(parse(modulesWire, body), (b) =>
    b.modules.flatMap((m) => (m.api_name === null ? [] : [t.toModuleInfo({ ...m, api_name: m.api_name })])),
  );

export const readPreference = (body: unknown): R<DuplicateCheckPreference | null> =>
  body === null || body === undefined || body === ''
    ? ok(null)
    : map(parse(duplicateCheckPreferenceEnvelopeWire, body), (b) =>
        t.toPreference(b.duplicate_check_preference),
      );

export const readCurrentUser = (body: unknown): R<CurrentUser> => {
  const list = z.safeParse(usersWire, body);
  // Older SDK builds resolve getCurrentUser with the bare user object.
  const user = list.success ? list.data.users[0] : z.safeParse(userWire, body).data;
  return user ? ok(t.toCurrentUser(user)) : err(invalidResponse('no current user in response'));
};

export const readOrg = (body: unknown, dataCentre: string): R<OrgInfo> => {
  const o = parse(orgEnvelopeWire, body);
  if (!o.ok) return o;
  const first = o.value.org[0];
  return first ? ok(t.toOrgInfo(first, dataCentre)) : err(invalidResponse('org response without org'));
};

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

const mergeDetails = z.looseObject({ id: z.optional(z.string()), job_id: z.optional(z.string()) });

export const readMerge = (body: unknown, status: number | null, module: string): R<MergeOutcome> => {
  const parsed = z.safeParse(mergeResultWire, body);
  const item = parsed.success ? parsed.data.merge[0] : undefined;
  if (!item) return err(errorFromBody(body, status, module));
  const d = z.safeParse(mergeDetails, item.details ?? {}).data;
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
