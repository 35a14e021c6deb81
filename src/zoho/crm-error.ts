import type { DuplicateClash } from '../dedupe/types';

/** An error Zoho itself reported, request-level or per record. `code` is Zoho's own. */
export type ZohoError = {
  readonly kind: 'zoho';
  /** HTTP status of the response that carried it (per-record errors carry the response's status). */
  readonly status: number;
  /** DUPLICATE_DATA, MULTIPLE_OR_MULTI_ERRORS, ALREADY_MODIFIED, TOO_MANY_REQUESTS, NO_PERMISSION, INVALID_TOKEN, ... */
  readonly code: string;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
  /** Parsed from DUPLICATE_DATA / MULTIPLE_OR_MULTI_ERRORS details; empty for every other code. */
  readonly clashes: readonly DuplicateClash[];
  /** TOO_MANY_REQUESTS only: how long calls stay paused (from Zoho's reset header, else its one-minute window). */
  readonly retryAfterMs?: number;
};

/** Every way a CrmClient call can fail. Guard on `kind` (the widget runs in an iframe: never instanceof). */
export type CrmError =
  | ZohoError
  | { readonly kind: 'invalid-response'; readonly issues: readonly string[] }
  | { readonly kind: 'timeout'; readonly ms: number }
  | { readonly kind: 'offline'; readonly message: string }
  | { readonly kind: 'aborted' };

export const isZohoCode = (error: CrmError, code: string): error is ZohoError =>
  error.kind === 'zoho' && error.code === code;
