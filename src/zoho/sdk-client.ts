import type { CallPolicy } from './call-policy';
import type { CrmClient } from './crm-client';
import type { CrmError } from './crm-error';
import * as read from './interpret';
import { readCurrentUser } from './interpret-user';
import { dataCentreOf } from './record-link';
import { preferencePath, query } from './rest-transport';
import { err, type Result } from './result';
import type { DeferredCalls } from './sdk-deferred';
import { createSdkTransport } from './sdk-transport';
import { searchAll, searchParams } from './search-plan';
import { encodeValue } from './well-formed';
import type { ZohoSdk, ZohoSession } from './zoho-sdk';

export type SdkClientConfig = {
  /** The extension's CRM connection used for REST calls the SDK has no method for. */
  readonly connection?: string;
  /** API host that connection calls, e.g. https://www.zohoapis.eu. */
  readonly apiDomain?: string;
  readonly dataCentre?: string;
  /** SDK 1.5's session REST client, or how to find it at call time: preferred over the connection where present. */
  readonly session?: ZohoSession | (() => ZohoSession | null) | null;
  readonly policy?: Partial<CallPolicy>;
};

type R<T> = Result<T, CrmError>;

export const createSdkClient = (zoho: ZohoSdk, config: SdkClientConfig = {}): CrmClient => {
  const transport = createSdkTransport(zoho, config);
  const { call, rest } = transport;
  const dataCentre = config.dataCentre ?? dataCentreOf(transport.apiDomain);

  // Writes and settings calls load on first use: a duplicate check never needs their code or schemas.
  let deferred: Promise<DeferredCalls> | null = null;
  const later = <T>(run: (calls: DeferredCalls) => Promise<R<T>>): Promise<R<T>> => {
    deferred ??= import('./sdk-deferred').then((m) => m.deferredCalls(zoho, transport));
    return deferred.then(run, (e: unknown) => {
      deferred = null;
      return err<CrmError>({ kind: 'offline', message: String(e) });
    });
  };

  return {
    getFields: (module, opts = {}) =>
      call('read', opts, () => zoho.CRM.META.getFields({ Entity: module }), read.readFields),
    getDuplicateCheckPreference: (module, opts = {}) =>
      rest('read', { method: 'GET', path: preferencePath(module) }, opts, read.readPreference),
    search: (module, q, opts = {}) =>
      searchAll(searchParams(q), (p) =>
        // searchRecord forwards only Entity, Type, Query, page, per_page, delay (crm_release_1.1
        // lib/ZohoCrmHelper.js): converted Leads are reached over REST, which honours `converted`.
        opts.converted && opts.converted !== 'false'
          ? rest(
              'read',
              {
                method: 'GET',
                path: `/crm/v8/${encodeValue(module)}/search${query({ [p.type]: p.value, converted: opts.converted, page: opts.page, per_page: opts.perPage })}`,
              },
              opts,
              (body) => read.readSearchPage(body, module),
            )
          : call(
              'read',
              opts,
              () =>
                zoho.CRM.API.searchRecord({
                  Entity: module,
                  Type: p.type,
                  Query: p.value,
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
    getOrg: (opts = {}) =>
      call(
        'read',
        opts,
        () => zoho.CRM.CONFIG.getOrgInfo(),
        (body) => read.readOrg(body, dataCentre),
      ),
    getOrgVariable: (name, opts = {}) =>
      call('read', opts, () => zoho.CRM.API.getOrgVariable(name), read.readSdkOrgVariable),
    getModules: (opts) => later((c) => c.getModules(opts)),
    getCurrentUser: (opts = {}) =>
      call('read', opts, () => zoho.CRM.CONFIG.getCurrentUser(), readCurrentUser),
    getProfilePermissions: (profileId, opts) => later((c) => c.getProfilePermissions(profileId, opts)),
    saveDuplicateCheckPreference: (module, preference, opts) =>
      later((c) => c.saveDuplicateCheckPreference(module, preference, opts)),
    deleteDuplicateCheckPreference: (module, opts) =>
      later((c) => c.deleteDuplicateCheckPreference(module, opts)),
    insert: (module, records, opts) => later((c) => c.insert(module, records, opts)),
    update: (module, records, opts) => later((c) => c.update(module, records, opts)),
    upsert: (module, records, opts) => later((c) => c.upsert(module, records, opts)),
    deleteRecord: (module, id, opts) => later((c) => c.deleteRecord(module, id, opts)),
    merge: (module, masterId, request, opts) => later((c) => c.merge(module, masterId, request, opts)),
    setOrgVariable: (name, value, opts) => later((c) => c.setOrgVariable(name, value, opts)),
  };
};
