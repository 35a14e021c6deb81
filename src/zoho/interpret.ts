import * as z from 'zod/mini';
import type { CandidateRecord, DuplicateCheckPreference, FieldInfo, Values } from '../dedupe/types';
import type { OrgInfo, Page } from './crm-client';
import type { CrmError } from './crm-error';
import { err, ok, type Result } from './result';
import { duplicateCheckPreferenceEnvelopeWire } from './schemas/duplicate-check-preference';
import { fieldsWire } from './schemas/fields';
import { orgEnvelopeWire } from './schemas/org';
import { sdkOrgVariableWire } from './schemas/org-variable';
import { pageWire } from './schemas/records';
import * as t from './translate';
import { errorFromBody, invalidResponse, issuesOf } from './zoho-error';

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

export const readPreference = (body: unknown): R<DuplicateCheckPreference | null> =>
  body === null || body === undefined || body === ''
    ? ok(null)
    : map(parse(duplicateCheckPreferenceEnvelopeWire, body), (b) =>
        t.toPreference(b.duplicate_check_preference),
      );

export const readOrg = (body: unknown, dataCentre: string): R<OrgInfo> => {
  const o = parse(orgEnvelopeWire, body);
  if (!o.ok) return o;
  const first = o.value.org[0];
  return first ? ok(t.toOrgInfo(first, dataCentre)) : err(invalidResponse('org response without org'));
};

/**
 * SDK getOrgVariable(name) -> `{Success: {Content: value}}`; empty Content means nothing saved yet. An `Error`
 * answer (unknown name, wrong namespace, no access) is a failure, never "no settings" (ZOHO.md, corrections).
 */
export const readSdkOrgVariable = (body: unknown): R<string | null> => {
  const v = parse(sdkOrgVariableWire, body);
  if (!v.ok) return v;
  if (v.value.Error !== undefined || !v.value.Success) return err(orgVariableError(v.value.Error ?? body));
  const content = v.value.Success.Content;
  return ok(content === undefined || content === null ? null : String(content));
};

/** Zoho's own code when the error object carries one; otherwise ours, with the answer's text as message. */
const orgVariableError = (raw: unknown): CrmError => {
  const zoho = errorFromBody(raw, null);
  if (zoho.kind === 'zoho') return zoho;
  const content = (raw as { Content?: unknown } | null)?.Content;
  const message = typeof content === 'string' ? content : JSON.stringify(raw ?? null);
  return { kind: 'zoho', status: 400, code: ORG_VARIABLE_ERROR, message, details: {}, clashes: [] };
};

/** The code a variable lookup error gets when Zoho's answer names none. */
export const ORG_VARIABLE_ERROR = 'ORG_VARIABLE_ERROR';
