import { useCallback, useEffect, useState } from 'preact/hooks';
import { conversionOf } from '../../../dedupe/modules';
import type { DuplicateCheckPreference, FieldInfo } from '../../../dedupe/types';
import type { CrmClient } from '../../../zoho/crm-client';
import type { CrmError } from '../../../zoho/crm-error';

export type PreferenceAction =
  | { readonly status: 'idle' }
  | { readonly status: 'applying' }
  | { readonly status: 'applied' }
  | { readonly status: 'failed'; readonly error: CrmError };

export type ZohoConfig =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: CrmError }
  | {
      readonly status: 'ready';
      readonly fields: readonly FieldInfo[];
      /** Leads only: undefined elsewhere, null when off. */
      readonly preference?: DuplicateCheckPreference | null;
      /** Fields of the module the preference can map to (Contacts). */
      readonly mappedFields: readonly FieldInfo[];
      readonly action: PreferenceAction;
    };

/** Zoho's own duplicate configuration for a module: its fields (unique flags) and, for Leads, the preference. */
export const useZohoConfig = (client: CrmClient, module: string) => {
  const [config, setConfig] = useState<ZohoConfig>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setConfig({ status: 'loading' });
    const mapped = conversionOf(module)?.mappedModule;
    Promise.all([
      client.getFields(module),
      mapped ? client.getDuplicateCheckPreference(module) : Promise.resolve(null),
      mapped ? client.getFields(mapped) : Promise.resolve(null),
    ]).then(([fields, preference, mapped]) => {
      if (!live) return;
      if (!fields.ok) return setConfig({ status: 'error', error: fields.error });
      setConfig({
        status: 'ready',
        fields: fields.value,
        ...(preference ? { preference: preference.ok ? preference.value : null } : {}),
        mappedFields: mapped?.ok ? mapped.value : [],
        action:
          preference && !preference.ok ? { status: 'failed', error: preference.error } : { status: 'idle' },
      });
    });
    return () => {
      live = false;
    };
  }, [client, module, attempt]);

  const withAction = (action: PreferenceAction, preference?: DuplicateCheckPreference | null) =>
    setConfig((c) =>
      c.status === 'ready' ? { ...c, action, ...(preference === undefined ? {} : { preference }) } : c,
    );

  /** Turns the preference on or edits it (null turns it off), through Zoho's API. */
  const applyPreference = useCallback(
    async (next: DuplicateCheckPreference | null) => {
      withAction({ status: 'applying' });
      if (next === null) {
        const result = await client.deleteDuplicateCheckPreference(module);
        return result.ok
          ? withAction({ status: 'applied' }, null)
          : withAction({ status: 'failed', error: result.error });
      }
      const result = await client.saveDuplicateCheckPreference(module, next);
      return result.ok
        ? withAction({ status: 'applied' }, result.value)
        : withAction({ status: 'failed', error: result.error });
    },
    [client, module],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { config, applyPreference, retry };
};
