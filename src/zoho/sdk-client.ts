import * as z from 'zod/mini';
import { type CallPolicy, guarded, policyOf } from './call-policy';
import type { CallOptions, CrmClient, WriteOptions } from './crm-client';
import type { CrmError } from './crm-error';
import * as read from './interpret';
import { dataCentreOf } from './record-link';
import { type HttpRequest, query } from './rest-transport';
import { err, ok, type Result } from './result';
import { crmSetWire, sdkOrgVariableWire } from './schemas/org-variable';
import { searchAll, searchParams } from './search-plan';
import { fromPreference, mergeBody, writeHeaders } from './wire-bodies';
import { errorFromBody, invalidResponse } from './zoho-error';
import type { ZohoSdk } from './zoho-sdk';

export type SdkClientConfig = {
  /** The extension's CRM connection used for REST calls the SDK has no method for. */
  readonly connection?: string;
  /** API host that connection calls, e.g. https://www.zohoapis.eu. */
  readonly apiDomain?: string;
  readonly dataCentre?: string;
  readonly policy?: Partial<CallPolicy>;
};

type R<T> = Result<T, CrmError>;

const connectionAnswer = z.looseObject({
  details: z.looseObject({ statusMessage: z.optional(z.unknown()) }),
});

/** CONNECTION.invoke wraps the REST body in details.statusMessage, sometimes as a JSON string. */
const unwrapConnection = (answer: unknown): R<unknown> => {
  const parsed = read.parse(connectionAnswer, answer);
  if (!parsed.ok) return parsed;
  const message = parsed.value.details.statusMessage;
  if (typeof message !== 'string') return ok(message ?? null);
  if (message.trim() === '') return ok(null);
  try {
    return ok(JSON.parse(message) as unknown);
  } catch {
    return err(invalidResponse('connection answer is not JSON'));
  }
};

export const createSdkClient = (zoho: ZohoSdk, config: SdkClientConfig = {}): CrmClient => {
  const policy = policyOf(config.policy);
  const apiDomain = config.apiDomain ?? 'https://www.zohoapis.com';
  const dataCentre = config.dataCentre ?? dataCentreOf(apiDomain);
  const connection = config.connection ?? 'crm_api';

  /** The SDK never times out and rejects with Zoho's raw payload: both become values here. */
  const call = <T>(
    kind: 'read' | 'write',
    opts: CallOptions,
    run: () => Promise<unknown>,
    interpret: (body: unknown) => R<T>,
    rejected: (raw: unknown) => R<T> = (raw) => err(errorFromBody(raw, null)),
  ): Promise<R<T>> =>
    guarded(policy, opts, kind, async () => {
      let body: unknown;
      try {
        body = await run();
      } catch (raw) {
        // A thrown Error is a transport failure, not a CRM payload (checked by tag: it may come from another realm).
        if (Object.prototype.toString.call(raw) === '[object Error]') throw raw;
        return rejected(raw);
      }
      return interpret(body);
    });

  const viaConnection = <T>(
    kind: 'read' | 'write',
    req: HttpRequest,
    opts: CallOptions,
    interpret: (body: unknown) => R<T>,
  ) =>
    call(
      kind,
      opts,
      () =>
        zoho.CRM.CONNECTION.invoke(connection, {
          url: `${apiDomain}${req.path}`,
          method: req.method,
          param_type: 2,
          parameters: req.body ?? {},
          headers: req.headers ?? {},
        }),
      (answer) => {
        const body = unwrapConnection(answer);
        return body.ok ? interpret(body.value) : body;
      },
    );

  /** A fresh copy each call: the SDK writes trigger/action/duplicate_check_fields into APIData. */
  const sdkWrite = (
    method: 'insertRecord' | 'updateRecord' | 'upsertRecord',
    module: string,
    records: readonly Readonly<Record<string, unknown>>[],
    opts: WriteOptions & { readonly duplicateCheckFields?: readonly string[] },
    action: 'insert' | 'update',
  ) => {
    const interpret = (body: unknown) => read.readWriteOutcomes(body, null, module, action);
    if (opts.ifUnmodifiedSince) {
      // The SDK's record calls cannot send If-Unmodified-Since; the guarded write goes over the connection.
      const path = `/crm/v8/${encodeURIComponent(module)}${method === 'upsertRecord' ? '/upsert' : ''}`;
      const body = {
        data: records,
        ...(opts.trigger ? { trigger: opts.trigger } : {}),
        ...(opts.duplicateCheckFields ? { duplicate_check_fields: opts.duplicateCheckFields } : {}),
      };
      const verb = method === 'updateRecord' ? 'PUT' : 'POST';
      return viaConnection(
        'write',
        { method: verb, path, body, headers: writeHeaders(opts) },
        opts,
        interpret,
      );
    }
    return call(
      'write',
      opts,
      () =>
        zoho.CRM.API[method]({
          Entity: module,
          APIData: records.map((r) => ({ ...r })),
          ...(opts.trigger ? { Trigger: [...opts.trigger] } : {}),
          // An array: the SDK silently drops a string and Zoho falls back to its default order.
          ...(opts.duplicateCheckFields ? { duplicate_check_fields: [...opts.duplicateCheckFields] } : {}),
        }),
      interpret,
      interpret,
    );
  };

  const prefPath = (module: string) => `/crm/v8/settings/duplicate_check_preference${query({ module })}`;
  const getPreference = (module: string, opts: CallOptions = {}) =>
    viaConnection('read', { method: 'GET', path: prefPath(module) }, opts, read.readPreference);
  const changePreference = (
    method: 'POST' | 'PUT' | 'DELETE',
    module: string,
    body: unknown,
    opts: CallOptions,
  ) =>
    viaConnection('write', { method, path: prefPath(module), ...(body ? { body } : {}) }, opts, (b) =>
      read.readPreferenceSaved(b, null, module),
    );

  return {
    getModules: (opts = {}) => call('read', opts, () => zoho.CRM.META.getModules(), read.readModules),
    getFields: (module, opts = {}) =>
      call('read', opts, () => zoho.CRM.META.getFields({ Entity: module }), read.readFields),
    getDuplicateCheckPreference: getPreference,
    saveDuplicateCheckPreference: async (module, preference, opts = {}) => {
      const current = await getPreference(module, opts);
      if (!current.ok) return current;
      const saved = await changePreference(
        current.value ? 'PUT' : 'POST',
        module,
        fromPreference(preference),
        opts,
      );
      return saved.ok ? ok(preference) : saved;
    },
    deleteDuplicateCheckPreference: (module, opts = {}) =>
      changePreference('DELETE', module, undefined, opts),
    search: (module, q, opts = {}) =>
      searchAll(searchParams(q), (p) =>
        call(
          'read',
          opts,
          () =>
            zoho.CRM.API.searchRecord({
              Entity: module,
              Type: p.type,
              Query: p.value,
              ...(opts.converted ? { converted: opts.converted } : {}),
              ...(opts.page ? { page: opts.page } : {}),
              ...(opts.perPage ? { per_page: opts.perPage } : {}),
            }),
          (body) => read.readSearchPage(body, module),
        ),
      ),
    coql: (selectQuery, opts = {}) =>
      call('read', opts, () => zoho.CRM.API.coql({ select_query: selectQuery }), read.readCoqlPage),
    getRecord: (module, id, opts = {}) =>
      call(
        'read',
        opts,
        () => zoho.CRM.API.getRecord({ Entity: module, RecordID: id }),
        (body) => read.readRecord(body, module),
      ),
    insert: (module, records, opts = {}) => sdkWrite('insertRecord', module, records, opts, 'insert'),
    update: (module, records, opts = {}) => sdkWrite('updateRecord', module, records, opts, 'update'),
    upsert: (module, records, opts = {}) => sdkWrite('upsertRecord', module, records, opts, 'insert'),
    merge: (module, masterId, request, opts = {}) =>
      viaConnection(
        'write',
        {
          method: 'POST',
          path: `/crm/v8/${encodeURIComponent(module)}/${encodeURIComponent(masterId)}/actions/merge`,
          body: mergeBody(request),
        },
        opts,
        (body) => read.readMerge(body, null, module),
      ),
    getCurrentUser: (opts = {}) =>
      call('read', opts, () => zoho.CRM.CONFIG.getCurrentUser(), read.readCurrentUser),
    getOrg: (opts = {}) =>
      call(
        'read',
        opts,
        () => zoho.CRM.CONFIG.getOrgInfo(),
        (body) => read.readOrg(body, dataCentre),
      ),
    getOrgVariable: (name, opts = {}) =>
      call(
        'read',
        opts,
        () => zoho.CRM.API.getOrgVariable(name),
        (body) => {
          const v = read.parse(sdkOrgVariableWire, body);
          if (!v.ok) return v;
          const content = v.value.Success?.Content;
          return ok(content === undefined || content === null ? null : String(content));
        },
      ),
    setOrgVariable: (name, value, opts = {}) =>
      call(
        'write',
        opts,
        () => zoho.CRM.CONNECTOR.invokeAPI('crm.set', { apiname: name, value }),
        (body) => {
          const answer = read.parse(crmSetWire, body);
          if (!answer.ok) return answer;
          const status = Number(answer.value.status_code);
          if (status >= 200 && status < 300) return ok(null);
          const raw = answer.value.response;
          let parsed: unknown = raw;
          try {
            parsed = typeof raw === 'string' ? JSON.parse(raw) : raw;
          } catch {}
          return err(errorFromBody(parsed, Number.isFinite(status) ? status : null));
        },
      ),
  };
};
