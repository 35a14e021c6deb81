import * as z from 'zod/mini';
import type { DuplicateClash } from '../dedupe/types';
import type { CrmError, ZohoError } from './crm-error';
import { type ErrorItemWire, errorItemWire } from './schemas/common';
import { duplicateDetailsWire, multipleErrorsDetailsWire } from './schemas/duplicate-data';

/** HTTP status Zoho uses per code; the SDK hides the status, so adapters over it infer it from here. */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  INVALID_TOKEN: 401,
  AUTHENTICATION_FAILURE: 401,
  OAUTH_SCOPE_MISMATCH: 401,
  NO_PERMISSION: 403,
  INVALID_URL_PATTERN: 404,
  ALREADY_MODIFIED: 412,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_ERROR: 500,
};
export const statusForCode = (code: string): number =>
  (Object.hasOwn(STATUS_BY_CODE, code) ? STATUS_BY_CODE[code] : undefined) ?? 400;

const clashOf = (details: unknown, fallbackModule: string): DuplicateClash | null => {
  const parsed = z.safeParse(duplicateDetailsWire, details);
  if (!parsed.success) return null;
  const d = parsed.data;
  const owner = d.duplicate_record.Owner;
  return {
    field: d.api_name,
    jsonPath: d.json_path ?? null,
    record: {
      id: d.duplicate_record.id,
      module: d.duplicate_record.module?.api_name ?? fallbackModule,
      moduleId: d.duplicate_record.module?.id ?? null,
      owner: owner
        ? { id: owner.id, name: owner.name ?? '', ...(owner.zuid ? { zuid: owner.zuid } : {}) }
        : null,
    },
    moreRecords: d.more_records ?? false,
  };
};

/** Clashes from DUPLICATE_DATA, or from each DUPLICATE_DATA inside MULTIPLE_OR_MULTI_ERRORS. */
export const clashesOf = (item: ErrorItemWire, fallbackModule = ''): readonly DuplicateClash[] => {
  if (item.code === 'DUPLICATE_DATA') {
    const clash = clashOf(item.details, fallbackModule);
    return clash ? [clash] : [];
  }
  if (item.code !== 'MULTIPLE_OR_MULTI_ERRORS') return [];
  const multi = z.safeParse(multipleErrorsDetailsWire, item.details);
  return multi.success ? multi.data.errors.flatMap((e) => clashesOf(e, fallbackModule)) : [];
};

export const toZohoError = (item: ErrorItemWire, status: number, module = ''): ZohoError => ({
  kind: 'zoho',
  status,
  code: item.code,
  message: item.message ?? '',
  details: item.details ?? {},
  clashes: clashesOf(item, module),
});

export const invalidResponse = (...issues: readonly string[]): CrmError => ({
  kind: 'invalid-response',
  issues,
});

const wrappedWire = z.looseObject({ data: z.array(z.unknown()) });

/** A failed request's body: Zoho's `{code, message, details}` when it parses, otherwise invalid-response. */
export const errorFromBody = (body: unknown, status: number | null, module = ''): CrmError => {
  const direct = z.safeParse(errorItemWire, body);
  if (direct.success) return toZohoError(direct.data, status ?? statusForCode(direct.data.code), module);
  // Some failures arrive wrapped like per-record answers: {data: [{code, ...}]}.
  const wrapped = z.safeParse(wrappedWire, body);
  const item = wrapped.success ? z.safeParse(errorItemWire, wrapped.data.data[0]) : null;
  if (item?.success) return toZohoError(item.data, status ?? statusForCode(item.data.code), module);
  return invalidResponse(
    status === null ? 'unrecognised error payload' : `HTTP ${status} without a Zoho error body`,
  );
};

export const issuesOf = (error: z.core.$ZodError): readonly string[] =>
  error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
