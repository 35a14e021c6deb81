import { readFileSync } from 'node:fs';
import type { SelfClient } from '../zoho/oauth';
import { hostsOf } from '../zoho/oauth';
import { DATA_CENTRES, type DataCentre } from '../zoho/record-link';

export type RemoteConfig = {
  readonly apiUrl: string;
  readonly accountsUrl: string;
  readonly client: SelfClient;
};

/**
 * `--crm` names a data centre (eu), a Zoho API host (https://www.zohoapis.eu) or any other origin (a running
 * sandbox, whose token endpoint is on the same origin). The data centre is chosen here, once.
 */
export const hostsFor = (crm: string, accounts: string | null): { apiUrl: string; accountsUrl: string } => {
  if ((DATA_CENTRES as readonly string[]).includes(crm)) {
    const h = hostsOf(crm as DataCentre);
    return { apiUrl: h.api, accountsUrl: accounts ?? h.accounts };
  }
  const url = new URL(crm);
  const dc = /^www\.zohoapis\.(.+)$/.exec(url.hostname)?.[1];
  if (dc && (DATA_CENTRES as readonly string[]).includes(dc))
    return { apiUrl: url.origin, accountsUrl: accounts ?? hostsOf(dc as DataCentre).accounts };
  return { apiUrl: url.origin, accountsUrl: accounts ?? url.origin };
};

/** Self-client credentials from `--token-file` (JSON) or ZOHO_CLIENT_ID / ZOHO_CLIENT_SECRET / ZOHO_REFRESH_TOKEN. */
export const selfClient = (
  tokenFile: string | null,
  env: Readonly<Record<string, string | undefined>>,
): { ok: true; client: SelfClient } | { ok: false; error: string } => {
  let raw: Record<string, unknown> = {};
  if (tokenFile) {
    try {
      raw = JSON.parse(readFileSync(tokenFile, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      return { ok: false, error: `cannot read --token-file ${tokenFile}: ${String(e)}` };
    }
  }
  const pick = (key: string, envKey: string) =>
    typeof raw[key] === 'string' ? (raw[key] as string) : (env[envKey] ?? '');
  const client = {
    clientId: pick('client_id', 'ZOHO_CLIENT_ID'),
    clientSecret: pick('client_secret', 'ZOHO_CLIENT_SECRET'),
    refreshToken: pick('refresh_token', 'ZOHO_REFRESH_TOKEN'),
  };
  const missing = Object.entries(client)
    .filter(([, v]) => v === '')
    .map(([k]) => k);
  if (missing.length > 0)
    return {
      ok: false,
      error: `--crm needs a self-client (${missing.join(', ')} missing): --token-file FILE with client_id, client_secret, refresh_token, or ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET, ZOHO_REFRESH_TOKEN`,
    };
  return { ok: true, client };
};
