import { moduleFacts } from '../dedupe/modules';
import { encodeValue } from './well-formed';
/** Data centres and the suffix of their hosts (www.zohoapis.{dc}, crm.zoho.{dc}). */
export const DATA_CENTRES = ['com', 'eu', 'in', 'com.au', 'jp', 'ca', 'sa', 'com.cn'] as const;
export type DataCentre = (typeof DATA_CENTRES)[number];

const isDataCentre = (s: string): s is DataCentre => (DATA_CENTRES as readonly string[]).includes(s);

/** The data centre of an API or CRM URL (https://www.zohoapis.eu -> eu); `com` when it is not Zoho's. */
export const dataCentreOf = (url: string): DataCentre => {
  const host = URL.canParse(url) ? new URL(url).hostname : url;
  const match = /\.zoho(?:apis)?\.(.+)$/.exec(host);
  return match?.[1] && isDataCentre(match[1]) ? match[1] : 'com';
};

/** The CRM tab behind a module: Deals lives under the old name Potentials, custom modules are CustomModuleN. */
export const tabNameOf = (apiName: string, generatedType: string, moduleName: string | null): string => {
  const known = moduleFacts(apiName);
  if (known) return known.tab;
  if (generatedType === 'custom' && moduleName) return moduleName;
  return apiName;
};

export type RecordLinkInput = {
  readonly dataCentre: string;
  readonly zgid: string;
  readonly tabName: string;
  readonly id: string;
};

export const recordLink = ({ dataCentre, zgid, tabName, id }: RecordLinkInput): string => {
  const dc = isDataCentre(dataCentre) ? dataCentre : 'com';
  return `https://crm.zoho.${dc}/crm/org${encodeValue(zgid)}/tab/${encodeValue(tabName)}/${encodeValue(id)}`;
};
