import type { CallOptions, CrmClient, UpsertOptions } from './crm-client';
import { parse, readPreference } from './interpret';
import { readModules, readProfilePermissions } from './interpret-admin';
import { readDeleted, readMerge, readPreferenceSaved, readWriteOutcomes } from './interpret-writes';
import { preferencePath } from './rest-transport';
import { err, ok } from './result';
import { crmSetWire } from './schemas/org-variable';
import type { SdkTransport } from './sdk-transport';
import { encodeValue } from './well-formed';
import { fromPreference, mergeBody, writeHeaders } from './wire-bodies';
import { errorFromBody } from './zoho-error';
import type { ZohoSdk } from './zoho-sdk';

/** The calls a duplicate check never makes (writes, merge, settings reads); the SDK client loads them on first use. */
export type DeferredCalls = Pick<
  CrmClient,
  | 'getModules'
  | 'getProfilePermissions'
  | 'saveDuplicateCheckPreference'
  | 'deleteDuplicateCheckPreference'
  | 'insert'
  | 'update'
  | 'upsert'
  | 'deleteRecord'
  | 'merge'
  | 'setOrgVariable'
>;

type Method = 'insertRecord' | 'updateRecord' | 'upsertRecord';

/** crm.set resolves with a JSON string that public extensions JSON.parse (ZOHO.md, corrections); a stand-in may not. */
const jsonOrSelf = (body: unknown): unknown => {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
};

export const deferredCalls = (zoho: ZohoSdk, { call, rest }: SdkTransport): DeferredCalls => {
  /** A fresh copy each call: the SDK writes trigger/action/duplicate_check_fields into APIData. */
  const sdkWrite = (
    method: Method,
    module: string,
    records: readonly Readonly<Record<string, unknown>>[],
    opts: UpsertOptions,
    action: 'insert' | 'update',
  ) => {
    // The SDK's own upsertRecord example answers a bare array (crm_release_1.1 lib/ZohoCrmHelper.js); REST wraps it.
    const interpret = (body: unknown) =>
      readWriteOutcomes(Array.isArray(body) ? { data: body } : body, null, module, action);
    if (opts.ifUnmodifiedSince) {
      // The SDK's record calls cannot send If-Unmodified-Since; the guarded write goes over session REST or the connection.
      const path = `/crm/v8/${encodeValue(module)}${method === 'upsertRecord' ? '/upsert' : ''}`;
      const body = {
        data: records,
        ...(opts.trigger ? { trigger: opts.trigger } : {}),
        ...(opts.duplicateCheckFields ? { duplicate_check_fields: opts.duplicateCheckFields } : {}),
      };
      const verb = method === 'updateRecord' ? 'PUT' : 'POST';
      return rest('write', { method: verb, path, body, headers: writeHeaders(opts) }, opts, interpret);
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

  const changePreference = (
    method: 'POST' | 'PUT' | 'DELETE',
    module: string,
    body: unknown,
    opts: CallOptions,
  ) =>
    rest('write', { method, path: preferencePath(module), ...(body ? { body } : {}) }, opts, (b) =>
      readPreferenceSaved(b, null, module),
    );

  return {
    getModules: (opts = {}) => call('read', opts, () => zoho.CRM.META.getModules(), readModules),
    // getProfile({ID}) resolves with Get Profile's REST body `{profiles: [...]}` (lib/ZohoCrmHelper.js).
    getProfilePermissions: (profileId, opts = {}) =>
      call(
        'read',
        opts,
        () => zoho.CRM.API.getProfile({ ID: profileId }),
        (body) => readProfilePermissions(body, profileId),
      ),
    saveDuplicateCheckPreference: async (module, preference, opts = {}) => {
      const current = await rest(
        'read',
        { method: 'GET', path: preferencePath(module) },
        opts,
        readPreference,
      );
      if (!current.ok) return current;
      const method = current.value ? 'PUT' : 'POST';
      const saved = await changePreference(method, module, fromPreference(preference), opts);
      return saved.ok ? ok(preference) : saved;
    },
    deleteDuplicateCheckPreference: (module, opts = {}) =>
      changePreference('DELETE', module, undefined, opts),
    insert: (module, records, opts = {}) => sdkWrite('insertRecord', module, records, opts, 'insert'),
    update: (module, records, opts = {}) => sdkWrite('updateRecord', module, records, opts, 'update'),
    upsert: (module, records, opts = {}) => sdkWrite('upsertRecord', module, records, opts, 'insert'),
    // ZOHO.CRM.API.deleteRecord({Entity, RecordID}) resolves with REST's `{data: [...]}` (lib/ZohoCrmHelper.js).
    deleteRecord: (module, id, opts = {}) =>
      call(
        'write',
        opts,
        () => zoho.CRM.API.deleteRecord({ Entity: module, RecordID: id }),
        (body) => readDeleted(body, null, module, id),
        (raw) => readDeleted(raw, null, module, id),
      ),
    merge: (module, masterId, request, opts = {}) =>
      rest(
        'write',
        {
          method: 'POST',
          path: `/crm/v8/${encodeValue(module)}/${encodeValue(masterId)}/actions/merge`,
          body: mergeBody(request),
        },
        opts,
        (body) => readMerge(body, null, module),
      ),
    setOrgVariable: (name, value, opts = {}) =>
      call(
        'write',
        opts,
        () => zoho.CRM.CONNECTOR.invokeAPI('crm.set', { apiname: name, value }),
        (body) => {
          const answer = parse(crmSetWire, jsonOrSelf(body));
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
