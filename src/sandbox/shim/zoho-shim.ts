import { type FromHost, type Host, isFromHost } from './messages';
import { createShimHttp, qs, type ShimFetch } from './shim-http';
import { DEFAULT_SHIM_OPTIONS, type ShimOptions } from './shim-options';
import { createShimRest } from './shim-rest';

export type ZohoShimConfig = {
  readonly fetch: ShimFetch;
  readonly baseUrl: string;
  readonly token: string;
  readonly host: Host;
  readonly options?: Partial<ShimOptions>;
  /** Loads the ZDK part from the URL the host sends, as the SDK appends a script tag (browser entry only). */
  readonly loadZdk?: (url: string) => void;
  /** The language the signed-in user chose in Zoho ("de"), reported by CONFIG.getCurrentUser; else the seed's. */
  readonly userLanguage?: string | null;
};

/** A users answer with each user's language and locale set to `language` (users.json: both are user settings). */
const withLanguage = (body: unknown, language: string | null | undefined): unknown => {
  const users = (body as { users?: unknown } | null)?.users;
  if (!language || !Array.isArray(users)) return body;
  return { ...(body as object), users: users.map((u) => ({ ...u, language, locale: language })) };
};

type Obj = Readonly<Record<string, unknown>>;
type Handler = (data: unknown) => void;
const V8 = '/crm/v8';
const enc = (v: unknown) => encodeURIComponent(String(v));

/** A stand-in for Zoho's embedded-app SDK (window.ZOHO) that talks to the sandbox over HTTP. */
export const createZohoShim = ({
  fetch,
  baseUrl,
  token,
  host,
  options = {},
  loadZdk,
  userLanguage,
}: ZohoShimConfig) => {
  const opts: ShimOptions = { ...DEFAULT_SHIM_OPTIONS, ...options };
  const http = createShimHttp(fetch, baseUrl, token);
  const rest = createShimRest(http, opts);
  const handlers: Record<string, Handler> = {};
  let initPromise: Promise<void> | undefined;
  let resolveInit: (() => void) | undefined;
  let nextId = 0;

  host.listen((message: FromHost) => {
    if (!isFromHost(message)) return;
    if (message.type === 'zdp:pageload') {
      handlers.PageLoad?.(message.data);
      // init() resolves once the ZDK script is appended, not loaded: $Client arrives later
      // (crm_release_1.1 lib/ZohoCrmHelper.js, get_zdk_url).
      if (message.zdkUrl && resolveInit) loadZdk?.(message.zdkUrl);
      resolveInit?.();
      resolveInit = undefined;
      return;
    }
    // NotifyAndWait arrives as {id, data} (lib/ZDK.js sendResponse), with the id the host waits on; whether plain
    // Notify is wrapped is UNVERIFIED.
    const wrap = message.wait || opts.notify === 'wrapped';
    const id = message.wait && typeof message.id === 'string' ? message.id : `req-${++nextId}`;
    const data = wrap ? { id, data: message.data } : message.data;
    handlers[message.wait ? 'NotifyAndWait' : 'Notify']?.(data);
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
    // The SDK posts through the parent reference it gets at init: before that it throws (lib/ZSDK.js PostMessage).
    if (!initPromise || resolveInit) throw new Error('Parentwindow reference not found.');
    host.send(message);
    return Promise.resolve(true);
  };

  const CRM = {
    API: {
      // Only Entity, Type, Query, page, per_page, delay are forwarded (crm_release_1.1 lib/ZohoCrmHelper.js):
      // `converted` never reaches Zoho on this path.
      searchRecord: (c: Obj) =>
        answer(
          'GET',
          `${V8}/${enc(c.Entity)}/search${qs({ [String(c.Type)]: c.Query, page: c.page, per_page: c.per_page })}`,
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
      upsertRecord: async (c: Obj) => {
        const apiData = c.APIData as Record<string, unknown>;
        apiData.trigger = c.Trigger;
        apiData.action = 'UPSERT';
        // Only an array is honoured; a string is dropped and Zoho's default order applies.
        const fields = Array.isArray(c.duplicate_check_fields) ? [...c.duplicate_check_fields] : undefined;
        if (fields) apiData.duplicate_check_fields = fields.join(',');
        const body = (await writeAnswer('POST', `${V8}/${enc(c.Entity)}/upsert`, {
          data: records(apiData).map((r) => (r && typeof r === 'object' ? { ...r, action: undefined } : r)),
          trigger: c.Trigger,
          ...(fields ? { duplicate_check_fields: fields } : {}),
        })) as { data?: unknown };
        // The SDK's own upsertRecord example answers a bare array (crm_release_1.1 lib/ZohoCrmHelper.js).
        return opts.upsertAnswer === 'array' ? body.data : body;
      },
      // deleteRecord({Entity, RecordID}) (lib/ZohoCrmHelper.js, category DELETE type RECORD): Zoho's REST answer.
      deleteRecord: (c: Obj) =>
        writeAnswer('DELETE', `${V8}/${enc(c.Entity)}${qs({ ids: c.RecordID })}`, undefined),
      coql: (c: Obj) => answer('POST', `${V8}/coql`, { select_query: c.select_query }),
      getOrgVariable: rest.getOrgVariable,
      // getProfile({ID}) answers Get Profile's REST body (lib/ZohoCrmHelper.js, category PROFILES).
      getProfile: (c: Obj) => answer('GET', `${V8}/settings/profiles/${enc(c.ID)}`),
    },
    META: {
      getFields: (c: Obj) => answer('GET', `${V8}/settings/fields${qs({ module: c.Entity })}`),
      getModules: () => answer('GET', `${V8}/settings/modules`),
    },
    CONFIG: {
      getCurrentUser: () =>
        opts.broken.includes('user')
          ? Promise.reject({
              code: 'NO_PERMISSION',
              details: {},
              message: 'permission denied',
              status: 'error',
            })
          : answer('GET', `${V8}/users${qs({ type: 'CurrentUser' })}`).then((body) =>
              withLanguage(body, userLanguage),
            ),
      getOrgInfo: () => answer('GET', `${V8}/org`),
      ...(opts.environment ? { GetCurrentEnvironment: rest.environment } : {}),
    },
    CONNECTOR: {
      /** Only the built-in `crm.set` (write an extension's org variable) exists in the sandbox. */
      invokeAPI: async (nameSpace: string, data: Obj) => {
        if (nameSpace !== 'crm.set')
          throw { code: 'INVALID_DATA', message: `unknown connector ${nameSpace}` };
        return rest.crmSet(data);
      },
    },
    CONNECTION: { invoke: rest.invokeConnection },
    UI: {
      Resize: (d: { height?: unknown; width?: unknown }) =>
        ui({ type: 'zdp:resize', height: d.height, width: d.width }),
      Record: {
        populate: (values: unknown) => ui({ type: 'zdp:populate', values }),
        // Opens the record's detail page in the CRM tab, replacing the page that holds the widget (JS SDK
        // ZOHO.CRM.UI.Record.open({Entity, RecordID}), help.zwidgets.com; Target "_blank" opens a new tab instead).
        open: (d: { Entity?: unknown; RecordID?: unknown }) =>
          ui({ type: 'zdp:open-record', entity: d.Entity, id: d.RecordID }),
      },
      // Answers a button popup only: a Client Script's openPopup waits for $Client.close (ZOHO.md, corrections).
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
    /** SDK 1.5's session REST client, a global beside ZOHO; absent on older SDKs. */
    zrc: opts.session ? rest.zrc : undefined,
  };
};

export type ZohoShim = ReturnType<typeof createZohoShim>;
