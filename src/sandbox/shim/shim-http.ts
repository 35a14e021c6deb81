export type ShimFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export type ShimHttp = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Readonly<Record<string, string>>,
) => Promise<{ readonly status: number; readonly body: unknown }>;

/** Calls the sandbox like the CRM frame calls Zoho: JSON, OAuth header, an empty body read as null. */
export const createShimHttp =
  (fetch: ShimFetch, baseUrl: string, token: string): ShimHttp =>
  async (method, path, body, headers = {}) => {
    const response = await fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, {
      method,
      headers: {
        Authorization: `Zoho-oauthtoken ${token}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text.trim() === '' ? null : (JSON.parse(text) as unknown) };
  };

export const qs = (params: Readonly<Record<string, unknown>>): string => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length
    ? `?${entries.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&')}`
    : '';
};
