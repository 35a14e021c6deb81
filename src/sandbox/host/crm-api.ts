/** The sandbox REST API as the host page uses it: same origin, a seed user's token. */
export type Values = Record<string, unknown>;
export type ApiRecord = Values & { readonly id: string };
export type WriteResult =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly code: string; readonly message: string };

export type RecordPage = {
  readonly records: readonly ApiRecord[];
  readonly more: boolean;
  /** Set when the sandbox refused the read (e.g. NO_PERMISSION, TOO_MANY_REQUESTS). */
  readonly error?: string;
};

const BASE = '/crm/v8';

export const createCrmApi = (token: string) => {
  const headers = { Authorization: `Zoho-oauthtoken ${token}`, 'Content-Type': 'application/json' };

  const write = async (module: string, method: 'POST' | 'PUT', record: Values): Promise<WriteResult> => {
    const res = await fetch(`${BASE}/${module}`, {
      method,
      headers,
      body: JSON.stringify({ data: [record] }),
    });
    const body = (await res.json().catch(() => ({}))) as { data?: Values[]; code?: string; message?: string };
    const item = body.data?.[0] ?? (body as Values);
    const details = item.details as { id?: string; api_name?: string } | undefined;
    if (item.status === 'success' && details?.id) return { ok: true, id: details.id };
    const field = details?.api_name ? ` (${details.api_name})` : '';
    return {
      ok: false,
      code: String(item.code ?? res.status),
      message: `${String(item.message ?? 'failed')}${field}`,
    };
  };

  const page = async (path: string): Promise<RecordPage> => {
    const res = await fetch(`${BASE}/${path}`, { headers });
    // No match is HTTP 204 with an empty body (ZOHO.md, Search).
    if (res.status === 204) return { records: [], more: false };
    const body = (await res.json().catch(() => ({}))) as {
      data?: ApiRecord[];
      info?: { more_records?: boolean };
      code?: string;
    };
    if (!res.ok) return { records: [], more: false, error: body.code ?? `HTTP ${res.status}` };
    return { records: body.data ?? [], more: body.info?.more_records === true };
  };

  return {
    /** One page of a module's records, or of those a word search finds (the list view's search box). */
    list: (
      module: string,
      options: { readonly word: string; readonly page: number; readonly perPage: number },
    ) => {
      const query = new URLSearchParams({ page: String(options.page), per_page: String(options.perPage) });
      if (options.word) query.set('word', options.word);
      return page(`${module}${options.word ? '/search' : ''}?${query}`);
    },
    getRecord: async (module: string, id: string): Promise<ApiRecord | null> => {
      const res = await fetch(`${BASE}/${module}/${encodeURIComponent(id)}`, { headers });
      if (!res.ok) return null;
      const body = (await res.json()) as { data?: ApiRecord[] };
      return body.data?.[0] ?? null;
    },
    insert: (module: string, values: Values) => write(module, 'POST', values),
    update: (module: string, id: string, values: Values) => write(module, 'PUT', { ...values, id }),
    /**
     * ZDK's searchByCriteria is synchronous; a synchronous XHR keeps that shape here. It runs only on Save,
     * so the brief freeze is what a rep sees in Zoho too.
     */
    searchByCriteriaSync: (module: string, criteria: string): ApiRecord[] => {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', `${BASE}/${module}/search?criteria=${encodeURIComponent(criteria)}`, false);
      xhr.setRequestHeader('Authorization', headers.Authorization);
      xhr.send();
      if (xhr.status === 204) return [];
      const body = JSON.parse(xhr.responseText || '{}') as { data?: ApiRecord[]; code?: string };
      if (xhr.status !== 200) throw new Error(body.code ?? `HTTP ${xhr.status}`);
      return body.data ?? [];
    },
  };
};

export type CrmApi = ReturnType<typeof createCrmApi>;
