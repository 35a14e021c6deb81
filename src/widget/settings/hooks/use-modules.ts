import { useEffect, useState } from 'preact/hooks';
import { MODULE_NAMES } from '../../../dedupe/modules';
import type { Settings } from '../../../dedupe/settings';
import type { CrmClient } from '../../../zoho/crm-client';

export type ModuleChoice = { readonly apiName: string; readonly label: string; readonly custom: boolean };

const STANDARD: readonly ModuleChoice[] = MODULE_NAMES.map((apiName) => ({
  apiName,
  label: apiName,
  custom: false,
}));

/** The modules an admin can configure: the standard ones of the module table, then the org's custom modules. */
export const useModules = (client: CrmClient, settings: Settings | null): readonly ModuleChoice[] => {
  const [custom, setCustom] = useState<readonly ModuleChoice[]>([]);
  useEffect(() => {
    let live = true;
    client.getModules().then((result) => {
      if (!live || !result.ok) return;
      setCustom(
        result.value
          .filter((m) => m.generatedType === 'custom')
          .map((m) => ({ apiName: m.apiName, label: m.pluralLabel, custom: true })),
      );
    });
    return () => {
      live = false;
    };
  }, [client]);
  // A configured custom module stays visible even when the module list cannot be read.
  const known = new Set([...STANDARD, ...custom].map((m) => m.apiName));
  const configured = Object.keys(settings?.modules ?? {})
    .filter((name) => !known.has(name))
    .map((apiName) => ({ apiName, label: apiName, custom: true }));
  return [...STANDARD, ...custom, ...configured];
};
