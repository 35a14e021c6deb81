import type { CurrentUser } from '../zoho/crm-client';
import { recordLink, tabNameOf } from '../zoho/record-link';
import { connectSdk, type SdkContext } from '../zoho/sdk-environment';
import type { ZohoSdk } from '../zoho/zoho-sdk';
import { createEngineChecker } from './check/engine-checker';
import type { WidgetPorts } from './ports';
import { toStartData } from './start-data';

export type Platform = Pick<WidgetPorts, 'client' | 'check' | 'recordUrl'> & {
  readonly toStartData: typeof toStartData;
  /** The signed-in user (language, "you" as owner); null when Zoho did not say in time. */
  readonly user: CurrentUser | null;
};

/** The signed-in user is worth this long; without it the widget speaks English and names owners by name. */
const USER_WAIT_MS = 5_000;

/**
 * The client layer (zod schemas) and the duplicate engine: the first paint does not need them, so main.tsx
 * loads this chunk in parallel with the SDK's init(), and calls it once init() has resolved.
 */
export const connect = async (sdk: ZohoSdk, context: SdkContext): Promise<Platform> => {
  const { client, dataCentre, zgid } = await connectSdk(sdk, context);
  // GetCurrentEnvironment names the zgid; only an SDK without it costs the org read. The user is read meanwhile.
  const [org, user] = await Promise.all([
    zgid ? null : client.getOrg(),
    client.getCurrentUser({ timeoutMs: USER_WAIT_MS }),
  ]);
  const link = {
    dataCentre: dataCentre ?? (org?.ok ? org.value.dataCentre : 'com'),
    zgid: zgid ?? (org?.ok ? org.value.zgid : null),
  };
  return {
    client,
    check: createEngineChecker(client),
    recordUrl: (module, id) =>
      link.zgid
        ? recordLink({
            dataCentre: link.dataCentre,
            zgid: link.zgid,
            tabName: tabNameOf(module, 'default', null),
            id,
          })
        : null,
    toStartData,
    user: user.ok ? user.value : null,
  };
};
