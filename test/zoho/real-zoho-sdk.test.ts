import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/index';
import type { ShimOptions } from '../../src/sandbox/shim/shim-options';
import { createZohoShim } from '../../src/sandbox/shim/zoho-shim';
import type { CrmError } from '../../src/zoho/crm-error';
import type { Result } from '../../src/zoho/result';
import { createSdkClient } from '../../src/zoho/sdk-client';
import { connectSdk } from '../../src/zoho/sdk-environment';
import type { ZohoSdk, ZohoSession } from '../../src/zoho/zoho-sdk';
import { BASE_URL, freshSandbox, sandboxFetch } from './contract/adapters';

const value = <T>(r: Result<T, CrmError>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};
const failure = <T>(r: Result<T, CrmError>): CrmError => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return r.error;
};
const fast = { retries: 0, sleep: async () => {} };

/** The shim set to real Zoho (its defaults), or to the other side of one option. */
const shimOver = (sandbox: Sandbox, options: Partial<ShimOptions> = {}) =>
  createZohoShim({
    fetch: sandboxFetch(sandbox),
    baseUrl: BASE_URL,
    token: 'sandbox-admin',
    host: { send: () => {}, listen: () => {} },
    options,
  });

const connect = async (
  sandbox: Sandbox,
  options: Partial<ShimOptions> = {},
  serviceOrigin: string | null = null,
) => {
  const shim = shimOver(sandbox, options);
  const session = (shim.zrc ?? null) as ZohoSession | null;
  return connectSdk(shim as unknown as ZohoSdk, { serviceOrigin, session }, { policy: fast });
};

const convertedLead = async (sandbox: Sandbox): Promise<string> => {
  const call = (path: string, body: unknown) =>
    sandbox.handleRequest(
      new Request(`${BASE_URL}/crm/v8/${path}`, {
        method: 'POST',
        headers: { Authorization: 'Zoho-oauthtoken sandbox-admin' },
        body: JSON.stringify(body),
      }),
    );
  const made = (await (
    await call('Leads', { data: [{ Last_Name: 'Dolan', Email: 'brian@conv.example' }] })
  ).json()) as {
    data: { details: { id: string } }[];
  };
  const id = made.data[0]?.details.id ?? '';
  await call(`Leads/${id}/actions/convert`, { data: [{ overwrite: true }] });
  return id;
};

describe('the SDK adapter against the shim set to real Zoho', () => {
  it('searchRecord drops `converted`, so the shim never finds a converted Lead through it', async () => {
    const sandbox = freshSandbox();
    await convertedLead(sandbox);
    const shim = shimOver(sandbox);
    const answer = await shim.CRM.API.searchRecord({
      Entity: 'Leads',
      Type: 'email',
      Query: 'brian@conv.example',
      converted: 'both',
    });
    expect(answer).toEqual({ status: 204 });
  });

  it.each([
    ['session REST', { session: true }],
    ['the connection', { session: false }],
  ] as const)('finds a converted Lead through %s when asked for converted=both', async (_route, options) => {
    const sandbox = freshSandbox();
    const id = await convertedLead(sandbox);
    const { client, route } = await connect(sandbox, options);
    expect(route).toBe(options.session ? 'session' : 'connection');
    const page = value(
      await client.search('Leads', { type: 'email', value: 'brian@conv.example' }, { converted: 'both' }),
    );
    expect(page.records.map((r) => r.id)).toEqual([id]);
  });

  it('finds session REST that arrives after the client was made, since the SDK may define it after init()', async () => {
    const sandbox = freshSandbox();
    const shim = shimOver(sandbox, { connections: [] });
    let arrived: ZohoSession | null = null;
    const client = createSdkClient(shim as unknown as ZohoSdk, { session: () => arrived, policy: fast });
    expect(failure(await client.getDuplicateCheckPreference('Leads'))).toMatchObject({
      code: 'CONNECTION_UNAVAILABLE',
    });
    arrived = (shim.zrc ?? null) as ZohoSession | null;
    expect(value(await client.getDuplicateCheckPreference('Leads'))).toBeNull();
  });

  it.each(['array', 'wrapped'] as const)(
    'reads an upsert answered as %s as the success it is',
    async (upsertAnswer) => {
      const sandbox = freshSandbox();
      const { client } = await connect(sandbox, { upsertAnswer });
      const outcomes = value(await client.upsert('Leads', [{ Last_Name: 'Up', Email: 'up@zylker.example' }]));
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]?.ok).toBe(true);
    },
  );

  it.each(['string', 'object'] as const)(
    'saves the org variable when crm.set answers a JSON %s',
    async (crmSetAnswer) => {
      const sandbox = freshSandbox();
      const { client } = await connect(sandbox, { crmSetAnswer });
      value(await client.setOrgVariable('duplicatepreview__settings', '{"version":1}'));
      expect(value(await client.getOrgVariable('duplicatepreview__settings'))).toBe('{"version":1}');
    },
  );

  it('tells an unknown org variable (an error answer) apart from one that holds nothing yet', async () => {
    const sandbox = freshSandbox();
    const { client } = await connect(sandbox);
    expect(failure(await client.getOrgVariable('nobody__settings'))).toMatchObject({ kind: 'zoho' });
    value(await client.setOrgVariable('duplicatepreview__settings', ''));
    expect(value(await client.getOrgVariable('duplicatepreview__settings'))).toBe('');
  });

  it('says which connection is missing when a REST call has no connection to go through', async () => {
    const sandbox = freshSandbox();
    const { client } = await connect(sandbox, { session: false, connections: [] });
    const error = failure(await client.getDuplicateCheckPreference('Leads'));
    expect(error).toMatchObject({ kind: 'zoho', code: 'CONNECTION_UNAVAILABLE' });
    expect(error.kind === 'zoho' && error.message).toContain('"crm_api"');
  });

  it('an EU org, known from GetCurrentEnvironment, sends connection calls to www.zohoapis.eu', async () => {
    const sandbox = freshSandbox();
    const { client, dataCentre } = await connect(sandbox, { dataCentre: 'eu', session: false });
    expect(dataCentre).toBe('eu');
    expect(value(await client.getDuplicateCheckPreference('Leads'))).toBeNull();
    const usHost = createSdkClient(
      shimOver(sandbox, { dataCentre: 'eu', session: false }) as unknown as ZohoSdk,
      {
        policy: fast,
      },
    );
    expect(failure(await usHost.getDuplicateCheckPreference('Leads'))).toMatchObject({
      code: 'INVALID_TOKEN',
    });
  });

  it('takes the data centre from serviceOrigin first, and from GetCurrentEnvironment when the SDK lacks it', async () => {
    const sandbox = freshSandbox();
    expect((await connect(sandbox, { dataCentre: 'eu' }, 'https://crm.zoho.eu')).dataCentre).toBe('eu');
    expect(
      (await connect(sandbox, { dataCentre: 'in', environment: false }, 'https://crm.zoho.in')).dataCentre,
    ).toBe('in');
    expect((await connect(sandbox, { environment: false }, 'http://127.0.0.1:5173')).dataCentre).toBeNull();
  });

  it('an EU org gets EU record links with the zgid GetCurrentEnvironment names', async () => {
    const sandbox = freshSandbox();
    const { connect: connectPlatform } = await import('../../src/widget/platform');
    const shim = shimOver(sandbox, { dataCentre: 'eu' });
    const platform = await connectPlatform(shim as unknown as ZohoSdk, {
      serviceOrigin: null,
      session: null,
    });
    expect(platform.recordUrl('Deals', '42')).toMatch(
      /^https:\/\/crm\.zoho\.eu\/crm\/org\d+\/tab\/Potentials\/42$/,
    );
  });
});
