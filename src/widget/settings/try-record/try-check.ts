import type { ModuleSettings } from '../../../dedupe/settings';
import type { Values } from '../../../dedupe/types';
import type { CrmClient } from '../../../zoho/crm-client';
import { createEngineChecker } from '../../check/engine-checker';

/**
 * The preview's own check (its plan, its searches through the client, its scoring) over one module's settings
 * as the form holds them, unsaved. A fresh checker each time: nothing an earlier try read or found is reused, so
 * every try spends what tryCalls counts. Every candidate comes back scored (possible 0): the page tiers them at the
 * form's thresholds, which the admin may change after the try without spending credits again.
 */
export const tryRecord = (
  client: CrmClient,
  module: string,
  settings: ModuleSettings,
  values: Values,
  signal: AbortSignal,
) => {
  const scored: ModuleSettings = {
    ...settings,
    thresholds: { likely: settings.thresholds.likely, possible: 0 },
  };
  const check = createEngineChecker(client, async () => ({
    settings: { version: 1, modules: { [module]: scored } },
    notice: null,
  }));
  return check({ module, values, excludeId: null }, signal);
};
