import { type FromHost, type Host, isFromHost } from './messages';
import { createShimHttp, qs, type ShimFetch } from './shim-http';

export type ZohoShimConfig = {
  readonly fetch: ShimFetch;
  readonly baseUrl: string;
  readonly token: string;
  readonly host: Host;
};

type Obj = Readonly<Record<string, unknown>>;
type Handler = (data: unknown) => void;
const V8 = '/crm/v8';
const enc = (v: unknown) => encodeURIComponent(String(v));

/** A stand-in for Zoho's embedded-app SDK (window.ZOHO) that talks to the sandbox over HTTP. */
export const createZohoShim = ({ fetch, baseUrl, token, host }: ZohoShimConfig) => {
  const http = createShimHttp(fetch, baseUrl, token);
  const handlers: Record<string, Handler> = {};
  let initPromise: Promise<void> | undefined;
  let resolveInit: (() => void) | undefined;

  host.listen((message: FromHost) => {
    if (!isFromHost(message)) return;
    if (message.type === 'zdp:pageload') {
      handlers.PageLoad?.(message.data);
      resolveInit?.();
    } else handlers.Notify?.(message.data);
  });

  /** Like the SDK: resolve with the body, reject with the CRM's raw error payload. */
  const answer = async (method: string, path: string, body?: unknown, headers?: Obj) => {
    const res = await http(method, path, body, headers as Record<string, string>);
    if (res.status >= 400) throw res.body;
    return res.body ?? { status: res.status };
  };
  /** Per-record answers (even 400/207/412) resolve: each record carries its own code. */
  const writeAnswer = async (method: string, path: string, body: unknown) => {
    const res = await http(method, path, body);
    const data = (res.body as { data?: unknown } | null)?.data;
    if (res.status >= 400 && !Array.isArray(data)) throw res.body;
    return res.body;
  };

  const records = (apiData: unknown): unknown[] =>
    Array.isArray(apiData) ? [...apiData] : [{ ...(apiData as Obj), trigger: undefined }];
  const ui = (message: Parameters<Host['send']>[0]) => {
    host.send(message);
    return Promise.resolve(true);
  };

  const CRM = {
    API: {
      searchRecord: (c: Obj) =>
        answer(
          'GET',
          `${V8}/${enc(c.Entity)}/search${qs({ [String(c.Type)]: c.Query, converted: c.converted, page: c.page, per_page: c.per_page })}`,
        ),
      getRecord: (c: Obj) => answer('GET', `${V8}/${enc(c.Entity)}/${enc(c.RecordID)}`),
      // The real SDK writes into the APIData it is given; so does the shim, to keep callers honest.
      insertRecord: (c: Obj) => {
        const apiData = c.APIData as Record<string, unknown>;
        apiData.trigger = c.Trigger;
        return writeAnswer('POST', `${V8}/${enc(c.Entity)}`, { data: records(apiData), trigger: c.Trigger });
      },
      updateRecord: (c: Obj) => {
        const apiData = c.APIData as Record<string, unknown>;
        apiData.trigger = c.Trigger;
        return writeAnswer('PUT', `${V8}/${enc(c.Entity)}`, { data: records(apiData), trigger: c.Trigger });
      },
      upsertRecord: (c: Obj) => {
        const apiData = c.APIData as Record<string, unknown>;
        apiData.trigger = c.Trigger;
        apiData.action = 'UPSERT';
        // Only an array is honoured; a string is dropped and Zoho's default order applies.
        const fields = Array.isArray(c.duplicate_check_fields) ? [...c.duplicate_check_fields] : undefined;
        if (fields) apiData.duplicate_check_fields = fields.join(',');
        return writeAnswer('POST', `${V8}/${enc(c.Entity)}/upsert`, {
          data: records(apiData).map((r) => (r && typeof r === 'object' ? { ...r, action: undefined } : r)),
          trigger: c.Trigger,
          ...(fields ? { duplicate_check_fields: fields } : {}),
        });
      },
      coql: (c: Obj) => answer('POST', `${V8}/coql`, { select_query: c.select_query }),
      getOrgVariable: async (name: unknown) => {
        const body = (await answer('GET', `${V8}/settings/variables/${enc(name)}`)) as {
          variables?: { value?: unknown }[];
        };
        return { Success: { Content: body.variables?.[0]?.value ?? null } };
      },
    },
    META: {
      getFields: (c: Obj) => answer('GET', `${V8}/settings/fields${qs({ module: c.Entity })}`),
      getModules: () => answer('GET', `${V8}/settings/modules`),
    },
    CONFIG: {
      getCurrentUser: () => answer('GET', `${V8}/users${qs({ type: 'CurrentUser' })}`),
      getOrgInfo: () => answer('GET', `${V8}/org`),
    },
    CONNECTOR: {
      /** Only the built-in `crm.set` (write an extension's org variable) exists in the sandbox. */
      invokeAPI: async (nameSpace: string, data: Obj) => {
        if (nameSpace !== 'crm.set')
          throw { code: 'INVALID_DATA', message: `unknown connector ${nameSpace}` };
        const res = await http('PUT', `${V8}/settings/variables`, {
          variables: [{ api_name: data.apiname, value: data.value }],
        });
        const failed = res.status >= 400 || JSON.stringify(res.body).includes('"status":"error"');
        const response = failed
          ? res.body
          : { [String(data.apiname)]: data.value, message: 'New value updated successfully.' };
        return {
          status_code: String(failed && res.status < 400 ? 400 : res.status),
          response: JSON.stringify(response),
        };
      },
    },
    CONNECTION: {
      /** The REST body comes back in details.statusMessage, as the CRM relays a connection's answer. */
      invoke: async (_name: string, req: Obj) => {
        const url = String(req.url ?? '');
        const path = url.slice(Math.max(0, url.indexOf('/crm/')));
        const inQuery = req.param_type === 1;
        const params = (req.parameters ?? {}) as Obj;
        const res = await http(
          String(req.method ?? 'GET'),
          inQuery ? `${path}${qs(params)}` : path,
          inQuery || req.method === 'GET' || req.method === 'DELETE' ? undefined : params,
          req.headers as Record<string, string>,
        );
        return {
          code: 'SUCCESS',
          details: { statusMessage: res.body ?? '', status: 'true' },
          message: 'Connection invoked successfully',
          status: 'success',
        };
      },
    },
    UI: {
      Resize: (d: { height?: unknown; width?: unknown }) =>
        ui({ type: 'zdp:resize', height: d.height, width: d.width }),
      Record: { populate: (values: unknown) => ui({ type: 'zdp:populate', values }) },
      Popup: { close: () => ui({ type: 'zdp:popup-close' }) },
    },
  };

  return {
    embeddedApp: {
      /** One handler per event: a second registration replaces the first, as in the SDK. */
      on: (event: string, fn: Handler) => {
        if (typeof fn === 'function') handlers[event] = fn;
      },
      init: (): Promise<void> => {
        if (!initPromise) {
          initPromise = new Promise((resolve) => {
            resolveInit = resolve;
          });
          host.send({ type: 'zdp:init' });
        }
        return initPromise;
      },
    },
    CRM,
    $Client: { close: (result: unknown) => host.send({ type: 'zdp:client-close', result }) },
  };
};

export type ZohoShim = ReturnType<typeof createZohoShim>;
