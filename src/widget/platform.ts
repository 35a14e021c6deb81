import { recordLink, tabNameOf } from '../zoho/record-link';
import { createSdkClient } from '../zoho/sdk-client';
import type { ZohoSdk } from '../zoho/zoho-sdk';
import { createEngineChecker } from './check/engine-checker';
import type { WidgetPorts } from './ports';
import { toStartData } from './start-data';

export type Platform = Pick<WidgetPorts, 'client' | 'check' | 'recordUrl'> & {
  readonly toStartData: typeof toStartData;
};

/**
 * The client layer (zod schemas) and the duplicate engine: the first paint does not need them, so main.tsx
 * loads this chunk in parallel with the SDK's init().
 */
export const connect = async (sdk: ZohoSdk): Promise<Platform> => {
  const client = createSdkClient(sdk);
  const org = await client.getOrg();
  return {
    client,
    check: createEngineChecker(client),
    recordUrl: (module, id) =>
      org.ok
        ? recordLink({
            dataCentre: org.value.dataCentre,
            zgid: org.value.zgid,
            tabName: tabNameOf(module, 'default', null),
            id,
          })
        : null,
    toStartData,
  };
};
