import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, mergeSettings, type Settings, type SettingsPatch } from '../../../dedupe/settings';
import type { CrmClient } from '../../../zoho/crm-client';
import type { CrmError } from '../../../zoho/crm-error';
import { encodeSettings, SETTINGS_VARIABLE, type SettingsNote } from '../../../zoho/settings-codec';
import { decodeSettings } from '../../decode-settings';

/** Why the page shows defaults: the codec's reasons, or the variable could not be read at all. */
export type LoadNote = SettingsNote | { readonly kind: 'unreadable'; readonly error: CrmError };

export type SaveStatus =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'saved' }
  | { readonly status: 'failed'; readonly error: CrmError };

export type SettingsState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly draft: Settings;
      readonly dirty: boolean;
      readonly note: LoadNote | null;
      readonly save: SaveStatus;
    };

type Ready = Extract<SettingsState, { status: 'ready' }>;

/** Reads the org variable once, keeps an editable draft, and writes it back on save. */
export const useSettings = (client: CrmClient) => {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    client.getOrgVariable(SETTINGS_VARIABLE).then((result) => {
      if (!live) return;
      const loaded = result.ok
        ? decodeSettings(result.value)
        : { settings: DEFAULT_SETTINGS, note: { kind: 'unreadable', error: result.error } as const };
      setState({
        status: 'ready',
        draft: loaded.settings,
        dirty: false,
        note: loaded.note,
        save: { status: 'idle' },
      });
    });
    return () => {
      live = false;
    };
  }, [client]);

  const update = useCallback((patch: SettingsPatch) => {
    setState((s) =>
      s.status === 'ready'
        ? { ...s, draft: mergeSettings(s.draft, patch), dirty: true, save: { status: 'idle' } }
        : s,
    );
  }, []);

  const save = useCallback(
    async (draft: Settings) => {
      const saving = (s: SettingsState, save: SaveStatus, extra: Partial<Ready> = {}): SettingsState =>
        s.status === 'ready' ? { ...s, ...extra, save } : s;
      setState((s) => saving(s, { status: 'saving' }));
      const result = await client.setOrgVariable(SETTINGS_VARIABLE, encodeSettings(draft));
      setState((s) =>
        result.ok
          ? saving(s, { status: 'saved' }, { dirty: s.status === 'ready' && s.draft !== draft, note: null })
          : saving(s, { status: 'failed', error: result.error }),
      );
    },
    [client],
  );

  /** Makes `draft` the page's settings and saves it at once (a change the admin confirmed in its own panel). */
  const saveAs = useCallback(
    (draft: Settings) => {
      setState((s) => (s.status === 'ready' ? { ...s, draft, dirty: true } : s));
      return save(draft);
    },
    [save],
  );

  return { state, update, save, saveAs };
};
