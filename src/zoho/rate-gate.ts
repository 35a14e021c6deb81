import type { CrmError, ZohoError } from './crm-error';

// Zoho documents no Retry-After for TOO_MANY_REQUESTS (ZOHO.md, Limits and cost) and counts its API limits per
// minute: without a reset header, one minute is the window to wait out.
export const DEFAULT_RATE_WINDOW_MS = 60_000;

/** One client's pause after a 429: every call until `until` is answered locally, without reaching Zoho. */
export type RateGate = {
  /** The refusal to answer now, or null when calls may go out. */
  readonly refusal: (now: number) => ZohoError | null;
  /** Starts (or extends) the pause after Zoho answered 429. */
  readonly limited: (now: number, error: ZohoError, windowMs: number) => ZohoError;
};

export const isRateLimited = (e: CrmError): e is ZohoError =>
  e.kind === 'zoho' && (e.status === 429 || e.code === 'TOO_MANY_REQUESTS');

const paused = (ms: number, from?: ZohoError): ZohoError => ({
  kind: 'zoho',
  status: 429,
  code: 'TOO_MANY_REQUESTS',
  message: from?.message ?? 'paused after too many requests',
  details: from?.details ?? {},
  clashes: [],
  retryAfterMs: Math.max(0, ms),
});

export const createRateGate = (): RateGate => {
  let until = 0;
  return {
    refusal: (now) => (now < until ? paused(until - now) : null),
    limited: (now, error, windowMs) => {
      const wait = error.retryAfterMs ?? windowMs;
      until = Math.max(until, now + wait);
      return paused(until - now, error);
    },
  };
};

/**
 * Milliseconds to wait from a 429's headers: Retry-After (seconds or an HTTP date), else X-RateLimit-Reset
 * (epoch seconds or milliseconds, or seconds to wait); null when neither is there or readable.
 */
export const resetAfterMs = (headers: Headers, now: number): number | null => {
  const retry = headers.get('retry-after')?.trim();
  if (retry) {
    if (/^\d+(\.\d+)?$/.test(retry)) return Number(retry) * 1000;
    const at = Date.parse(retry);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (!reset || !/^\d+(\.\d+)?$/.test(reset)) return null;
  const n = Number(reset);
  if (n > 1e12) return Math.max(0, n - now);
  if (n > 1e9) return Math.max(0, n * 1000 - now);
  return n * 1000;
};
