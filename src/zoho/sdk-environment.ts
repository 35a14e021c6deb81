import * as z from 'zod/mini';
import type { CrmClient } from './crm-client';
import { apiDomainOf, pickDataCentre } from './data-centre';
import type { DataCentre } from './record-link';
import { createSdkClient, type SdkClientConfig } from './sdk-client';
import type { ZohoSdk, ZohoSession } from './zoho-sdk';

/** What Zoho hands the widget besides window.ZOHO: its own query string and SDK 1.5's session REST client. */
export type SdkContext = {
  /** The `serviceOrigin` query parameter the CRM opens widgets with (lib/ZSDK.js GetQueryParams). */
  readonly serviceOrigin: string | null;
  /** SDK 1.5's session REST client, or how to find it at call time. */
  readonly session: ZohoSession | (() => ZohoSession | null) | null;
  /** How long GetCurrentEnvironment may take before the widget goes on without it. */
  readonly timeoutMs?: number;
};

export type SdkEnvironment = {
  readonly client: CrmClient;
  /** null when neither serviceOrigin nor GetCurrentEnvironment named one. */
  readonly dataCentre: DataCentre | null;
  readonly zgid: string | null;
  /** GetCurrentEnvironment's raw answer, or why there is none: for the Diagnostics panel. */
  readonly environment: { readonly ok: boolean; readonly raw: unknown };
  readonly route: 'session' | 'connection';
};

// `{deployment: "US", ZGID: 1001244313, ...}` (crm_release_1.1 lib/ZohoCrmHelper.js GetCurrentEnvironment).
const environmentWire = z.looseObject({
  deployment: z.optional(z.string()),
  ZGID: z.optional(z.union([z.string(), z.number()])),
});

const within = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });

/** GetCurrentEnvironment, guarded: an SDK without it, a rejection or a hang is an answer, never a failure. */
const readEnvironment = async (zoho: ZohoSdk, ms: number) => {
  const ask = zoho.CRM.CONFIG.GetCurrentEnvironment;
  if (typeof ask !== 'function') return { ok: false, raw: 'GetCurrentEnvironment is not in this SDK' };
  try {
    return { ok: true, raw: await within(ask(), ms) };
  } catch (e) {
    return { ok: false, raw: e instanceof Error ? e.message : e };
  }
};

/**
 * The SDK client for the org's data centre: API calls to www.zohoapis.{dc} and record links on crm.zoho.{dc}
 * (ZOHO.md, corrections), session REST where the SDK has it. Called only after init() has resolved.
 */
export const connectSdk = async (
  zoho: ZohoSdk,
  context: SdkContext,
  extra: Pick<SdkClientConfig, 'policy' | 'connection'> = {},
): Promise<SdkEnvironment> => {
  const environment = await readEnvironment(zoho, context.timeoutMs ?? 5000);
  const parsed = z.safeParse(environmentWire, environment.raw);
  const env = environment.ok && parsed.success ? parsed.data : null;
  const dataCentre = pickDataCentre(context.serviceOrigin, env?.deployment);
  const client = createSdkClient(zoho, {
    ...extra,
    session: context.session,
    ...(dataCentre ? { apiDomain: apiDomainOf(dataCentre), dataCentre } : {}),
  });
  const zgid = env?.ZGID !== undefined && String(env.ZGID) !== '0' ? String(env.ZGID) : null;
  return {
    client,
    dataCentre,
    zgid,
    environment,
    route: (typeof context.session === 'function' ? context.session() : context.session)
      ? 'session'
      : 'connection',
  };
};
