/** The sandbox REST API as the host page uses it: same origin, a seed user's token. */
export type Values = Record<string, unknown>;
export type ApiRecord = Values & { readonly id: string };
export type WriteResult =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly code: string; readonly message: string };

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

  return {
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
