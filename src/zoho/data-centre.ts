import { DATA_CENTRES, type DataCentre } from './record-link';

const isDataCentre = (s: string): s is DataCentre => (DATA_CENTRES as readonly string[]).includes(s);

/**
 * GetCurrentEnvironment's `deployment` per data centre. "US" is in the SDK's own doc example (crm_release_1.1
 * lib/ZohoCrmHelper.js); the other codes are UNVERIFIED, so serviceOrigin decides first where it names Zoho.
 */
const DEPLOYMENTS: Readonly<Record<string, DataCentre>> = {
  US: 'com',
  EU: 'eu',
  IN: 'in',
  AU: 'com.au',
  JP: 'jp',
  CA: 'ca',
  SA: 'sa',
  CN: 'com.cn',
};

/** The data centre a Zoho host names (crm.zoho.eu, www.zohoapis.com.au); null for any other host. */
export const dataCentreOfHost = (url: string): DataCentre | null => {
  const host = URL.canParse(url) ? new URL(url).hostname : url;
  const match = /(?:^|\.)zoho(?:apis)?\.([a-z.]+)$/.exec(host);
  return match?.[1] && isDataCentre(match[1]) ? match[1] : null;
};

export const dataCentreOfDeployment = (deployment: unknown): DataCentre | null =>
  typeof deployment === 'string' ? (DEPLOYMENTS[deployment.toUpperCase()] ?? null) : null;

/** https://www.zohoapis.{dc}: the API host of a data centre. */
export const apiDomainOf = (dc: DataCentre): string => `https://www.zohoapis.${dc}`;

/**
 * The org's data centre from what Zoho hands the widget: the `serviceOrigin` it opens the widget with (lib/ZSDK.js
 * reads it from the query), then GetCurrentEnvironment's deployment; null when neither says.
 */
export const pickDataCentre = (serviceOrigin: string | null, deployment: unknown): DataCentre | null =>
  (serviceOrigin ? dataCentreOfHost(serviceOrigin) : null) ?? dataCentreOfDeployment(deployment);
