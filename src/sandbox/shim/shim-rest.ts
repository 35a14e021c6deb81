import type { ShimHttp } from './shim-http';
import { qs } from './shim-http';
import { DEPLOYMENTS, type ShimOptions } from './shim-options';

type Obj = Readonly<Record<string, unknown>>;
const V8 = '/crm/v8';

/** Real Zoho's answer to a token used on another data centre's host (an org lives in one data centre). */
const wrongDataCentre = {
  code: 'INVALID_TOKEN',
  details: {},
  message: 'invalid oauth token',
  status: 'error',
};

/** The shim's REST routes other than the SDK record calls: connection, session REST, org variables, environment. */
export const createShimRest = (http: ShimHttp, options: ShimOptions) => {
  const apiHost = `https://www.zohoapis.${options.dataCentre}`;
  const broken = (name: string) => options.broken.includes(name);

  /** CONNECTION.invoke relays the REST body in details.statusMessage (ZOHO.md, corrections). */
  const invokeConnection = async (name: string, req: Obj) => {
    // UNVERIFIED how Zoho answers an undeclared connection: the shim rejects with an error object, the harsher case.
    if (!options.connections.includes(name) || broken('connection'))
      throw { code: 'INVALID_DATA', details: { name }, message: 'connection not found', status: 'error' };
    const url = String(req.url ?? '');
    // The URL's host decides the data centre: a host of another one refuses this org's token.
    const body = url.startsWith(`${apiHost}/`)
      ? await relay(url.slice(apiHost.length), req)
      : JSON.stringify(wrongDataCentre);
    return {
      code: 'SUCCESS',
      details: { statusMessage: body, status: 'true' },
      message: 'Connection invoked successfully',
      status: 'success',
    };
  };

  const relay = async (path: string, req: Obj) => {
    const inQuery = req.param_type === 1;
    const params = (req.parameters ?? {}) as Obj;
    const res = await http(
      String(req.method ?? 'GET'),
      inQuery ? `${path}${qs(params)}` : path,
      inQuery || req.method === 'GET' || req.method === 'DELETE' ? undefined : params,
      req.headers as Record<string, string>,
    );
    return res.body ?? '';
  };

  /** SDK 1.5 `zrc.request`: relative /crm/v8 paths, answers `{status, data, headers}`, rejects HTTP errors. */
  const zrc = {
    request: async (config: Obj) => {
      const path = String(config.path ?? '');
      if (!path.startsWith('/crm/') || broken('session'))
        throw {
          status: 400,
          data: { code: 'INVALID_URL_PATTERN', details: {}, message: 'invalid url', status: 'error' },
        };
      const res = await http(
        String(config.method ?? 'GET'),
        path,
        config.body,
        config.headers as Record<string, string>,
      );
      const answer = { status: res.status, data: res.body ?? undefined, headers: {} };
      // Per-record answers (207, 400 with data[]) still carry each record's code: only request errors reject.
      const perRecord = Array.isArray((res.body as { data?: unknown } | null)?.data);
      if (res.status >= 400 && !perRecord) throw answer;
      return answer;
    },
  };

  const getOrgVariable = async (name: unknown) => {
    const res = await http('GET', `${V8}/settings/variables/${encodeURIComponent(String(name))}`);
    const found = (res.body as { variables?: { value?: unknown }[] } | null)?.variables?.[0];
    // An unknown variable answers an error object, not an empty value (ZOHO.md, corrections).
    if (!found || broken('variable-read')) return { Error: { Content: `No variable named ${String(name)}` } };
    return { Success: { Content: found.value ?? null } };
  };

  /** `crm.set` writes an extension's org variable; its answer reaches the widget as a JSON string. */
  const crmSet = async (data: Obj) => {
    const res = broken('variable-write')
      ? {
          status: 403,
          body: { code: 'NO_PERMISSION', details: {}, message: 'permission denied', status: 'error' },
        }
      : await http('PUT', `${V8}/settings/variables`, {
          variables: [{ api_name: data.apiname, value: data.value }],
        });
    const failed = res.status >= 400 || JSON.stringify(res.body).includes('"status":"error"');
    const response = failed
      ? res.body
      : { [String(data.apiname)]: data.value, message: 'New value updated successfully.' };
    const answer = {
      status_code: String(failed && res.status < 400 ? 400 : res.status),
      response: JSON.stringify(response),
    };
    return options.crmSetAnswer === 'string' ? JSON.stringify(answer) : answer;
  };

  /** `{deployment, ZGID, ZUID, appDetails}` (crm_release_1.1 lib/ZohoCrmHelper.js doc example). */
  const environment = async () => {
    if (broken('environment'))
      throw { code: 'INTERNAL_ERROR', details: {}, message: 'no environment', status: 'error' };
    const org = (await http('GET', `${V8}/org`)).body as { org?: { zgid?: unknown }[] } | null;
    return {
      deployment: DEPLOYMENTS[options.dataCentre] ?? 'US',
      ZGID: Number(org?.org?.[0]?.zgid ?? 0),
      ZUID: '1',
      appDetails: { appUrl: `https://crm.zoho.${options.dataCentre}` },
    };
  };

  return { invokeConnection, zrc, getOrgVariable, crmSet, environment };
};
