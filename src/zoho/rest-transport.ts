import type { CrmError } from './crm-error';
import { err, ok, type Result } from './result';
import { encodeValue } from './well-formed';
import { invalidResponse } from './zoho-error';

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export type HttpRequest = {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the API host with its query string, e.g. /crm/v8/Leads/search?email=... */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
};
export type HttpAnswer = {
  readonly status: number;
  readonly body: unknown;
  /** The answer's headers, for a 429's reset time. */
  readonly headers?: Headers;
};

/** One HTTP exchange: JSON in, JSON out; an empty body (204) is `null`. HTTP errors are answers, not failures. */
export const sendJson = async (
  fetch: Fetch,
  baseUrl: string,
  token: string,
  req: HttpRequest,
  signal: AbortSignal,
): Promise<Result<HttpAnswer, CrmError>> => {
  const headers: Record<string, string> = { Authorization: `Zoho-oauthtoken ${token}`, ...req.headers };
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${baseUrl.replace(/\/+$/, '')}${req.path}`, {
    method: req.method,
    headers,
    signal,
    ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
  });
  const text = await response.text();
  const { status, headers: answered } = response;
  if (text.trim() === '') return ok({ status, body: null, headers: answered });
  try {
    return ok({ status, body: JSON.parse(text) as unknown, headers: answered });
  } catch {
    // A 429 from a gateway in front of Zoho may come as HTML: it is still a rate limit.
    if (status === 429) return ok({ status, body: null, headers: answered });
    return err(invalidResponse(`HTTP ${status} body is not JSON`));
  }
};

export const query = (params: Readonly<Record<string, string | number | undefined>>): string => {
  const pairs = Object.entries(params).flatMap(([k, v]) =>
    v === undefined ? [] : [`${k}=${encodeValue(String(v))}`],
  );
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
};

/** Where Zoho keeps a module's duplicate check preference (Leads only). */
export const preferencePath = (module: string): string =>
  `/crm/v8/settings/duplicate_check_preference${query({ module })}`;
