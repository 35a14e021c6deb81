import type { DuplicateCheckPreference, Values } from '../dedupe/types';
import { type CallPolicy, guarded, policyOf } from './call-policy';
import type { CallOptions, CrmClient, WriteOptions } from './crm-client';
import type { CrmError, ZohoError } from './crm-error';
import * as read from './interpret';
import * as admin from './interpret-admin';
import { readCurrentUser } from './interpret-user';
import * as writes from './interpret-writes';
import { resetAfterMs } from './rate-gate';
import { dataCentreOf } from './record-link';
import {
  type Fetch,
  type HttpAnswer,
  type HttpRequest,
  preferencePath,
  query,
  sendJson,
} from './rest-transport';
import { err, ok, type Result } from './result';
import { variablesSavedWire, variablesWire } from './schemas/org-variable';
import { searchAll, searchParams } from './search-plan';
import { encodeValue } from './well-formed';
import { fromPreference, mergeBody, writeHeaders } from './wire-bodies';
import { errorFromBody, toZohoError } from './zoho-error';

export type RestClientConfig = {
  /** API host, e.g. https://www.zohoapis.eu, or the sandbox's origin. */
  readonly baseUrl: string;
  readonly token: string;
  readonly fetch: Fetch;
  readonly policy?: Partial<CallPolicy>;
};

type R<T> = Result<T, CrmError>;
const V8 = '/crm/v8';
const enc = encodeValue;

export const createRestClient = (config: RestClientConfig): CrmClient => {
  const policy = policyOf(config.policy);
  /** A 429 is Zoho's however its body reads; the reset time comes from its headers when it has one. */
  const rateLimited = (error: CrmError, answer: HttpAnswer): CrmError => {
    const base: ZohoError =
      error.kind === 'zoho'
        ? error
        : { kind: 'zoho', status: 429, code: 'TOO_MANY_REQUESTS', message: '', details: {}, clashes: [] };
    const ms = answer.headers ? resetAfterMs(answer.headers, policy.now()) : null;
    return ms === null ? base : { ...base, retryAfterMs: ms };
  };
  const dataCentre = dataCentreOf(config.baseUrl);

  const call = <T>(
    kind: 'read' | 'write',
    req: HttpRequest,
    opts: CallOptions,
    interpret: (a: HttpAnswer) => R<T>,
  ): Promise<R<T>> =>
    guarded(policy, opts, kind, async (signal) => {
      const answer = await sendJson(config.fetch, config.baseUrl, config.token, req, signal);
      if (!answer.ok) return answer;
      const result = interpret(answer.value);
      return answer.value.status === 429 && !result.ok
        ? err(rateLimited(result.error, answer.value))
        : result;
    });

  /** Reads: any HTTP error status is Zoho's request-level error. */
  const get = <T>(path: string, opts: CallOptions, f: (body: unknown) => R<T>, module = '') =>
    call('read', { method: 'GET', path }, opts, (a) =>
      a.status >= 400 ? err(errorFromBody(a.body, a.status, module)) : f(a.body),
    );

  const write = (
    method: 'POST' | 'PUT',
    path: string,
    module: string,
    body: object,
    opts: WriteOptions,
    action: 'insert' | 'update',
  ) =>
    call('write', { method, path, body, headers: writeHeaders(opts) }, opts, (a) =>
      writes.readWriteOutcomes(a.body, a.status, module, action),
    );

  const records = (data: readonly Values[], opts: WriteOptions) => ({
    data,
    ...(opts.trigger ? { trigger: opts.trigger } : {}),
  });

  const getPreference = (module: string, opts: CallOptions = {}) =>
    get(preferencePath(module), opts, read.readPreference, module);
  const changePreference = (
    method: 'POST' | 'PUT' | 'DELETE',
    module: string,
    body: unknown,
    opts: CallOptions,
  ) =>
    call('write', { method, path: preferencePath(module), ...(body ? { body } : {}) }, opts, (a) =>
      a.status >= 400 ? err(errorFromBody(a.body, a.status, module)) : ok(null),
    );

  return {
    getModules: (opts = {}) => get(`${V8}/settings/modules`, opts, admin.readModules),
    getFields: (module, opts = {}) =>
      get(`${V8}/settings/fields${query({ module })}`, opts, read.readFields, module),
    getDuplicateCheckPreference: getPreference,
    saveDuplicateCheckPreference: async (module, preference: DuplicateCheckPreference, opts = {}) => {
      const current = await getPreference(module, opts);
      if (!current.ok) return current;
      const body = fromPreference(preference);
      const saved = await changePreference(current.value ? 'PUT' : 'POST', module, body, opts);
      return saved.ok ? ok(preference) : saved;
    },
    deleteDuplicateCheckPreference: (module, opts = {}) =>
      changePreference('DELETE', module, undefined, opts),
    search: (module, q, opts = {}) =>
      searchAll(searchParams(q), (p) =>
        get(
          `${V8}/${enc(module)}/search${query({ [p.type]: p.value, converted: opts.converted, page: opts.page, per_page: opts.perPage })}`,
          opts,
          (body) => read.readSearchPage(body, module),
          module,
        ),
      ),
    coql: (selectQuery, opts = {}) =>
      call('read', { method: 'POST', path: `${V8}/coql`, body: { select_query: selectQuery } }, opts, (a) =>
        a.status >= 400 ? err(errorFromBody(a.body, a.status)) : read.readCoqlPage(a.body),
      ),
    getRecord: (module, id, opts = {}) =>
      get(`${V8}/${enc(module)}/${enc(id)}`, opts, (body) => read.readRecord(body, module), module),
    insert: (module, data, opts = {}) =>
      write('POST', `${V8}/${enc(module)}`, module, records(data, opts), opts, 'insert'),
    update: (module, data, opts = {}) =>
      write('PUT', `${V8}/${enc(module)}`, module, records(data, opts), opts, 'update'),
    upsert: (module, data, opts = {}) =>
      write(
        'POST',
        `${V8}/${enc(module)}/upsert`,
        module,
        {
          ...records(data, opts),
          ...(opts.duplicateCheckFields ? { duplicate_check_fields: opts.duplicateCheckFields } : {}),
        },
        opts,
        'insert',
      ),
    deleteRecord: (module, id, opts = {}) =>
      call('write', { method: 'DELETE', path: `${V8}/${enc(module)}${query({ ids: id })}` }, opts, (a) =>
        writes.readDeleted(a.body, a.status, module, id),
      ),
    merge: (module, masterId, request, opts = {}) =>
      call(
        'write',
        {
          method: 'POST',
          path: `${V8}/${enc(module)}/${enc(masterId)}/actions/merge`,
          body: mergeBody(request),
        },
        opts,
        (a) => writes.readMerge(a.body, a.status, module),
      ),
    getCurrentUser: (opts = {}) => get(`${V8}/users${query({ type: 'CurrentUser' })}`, opts, readCurrentUser),
    getProfilePermissions: (profileId, opts = {}) =>
      get(`${V8}/settings/profiles/${enc(profileId)}`, opts, (body) =>
        admin.readProfilePermissions(body, profileId),
      ),
    getOrg: (opts = {}) => get(`${V8}/org`, opts, (body) => read.readOrg(body, dataCentre)),
    getOrgVariable: (name, opts = {}) =>
      get(`${V8}/settings/variables/${enc(name)}`, opts, (body) => {
        if (body === null) return ok(null);
        const v = read.parse(variablesWire, body);
        if (!v.ok) return v;
        const value = v.value.variables[0]?.value;
        return ok(value === undefined || value === null ? null : String(value));
      }),
    setOrgVariable: (name, value, opts = {}) =>
      call(
        'write',
        { method: 'PUT', path: `${V8}/settings/variables`, body: { variables: [{ api_name: name, value }] } },
        opts,
        (a) => {
          const saved = read.parse(variablesSavedWire, a.body);
          const item = saved.ok ? saved.value.variables[0] : undefined;
          if (!item) return err(errorFromBody(a.body, a.status));
          return item.code === 'SUCCESS' ? ok(null) : err(toZohoError(item, a.status));
        },
      ),
  };
};
