import type { OnSave } from '../dedupe/settings';
import type { DuplicateClash, Values } from '../dedupe/types';
import { parseStartData as parseWire } from '../zoho/start-data';

export type Placement = 'flyout' | 'popup' | 'button' | 'record';

/** What the widget was opened with, from any of the ways Zoho opens it. */
export type StartData = {
  readonly placement: Placement;
  readonly module: string;
  readonly values: Values;
  /** The record being edited or shown: it is never its own duplicate. */
  readonly recordId: string | null;
  /** DUPLICATE_DATA clashes from a save the Client Script already tried. */
  readonly clashes: readonly DuplicateClash[];
  /** The Client Script's own `CONFIG.onSave`: applies only when the org holds no readable settings. */
  readonly onSave: OnSave | null;
};

const PLACEMENT = { detail: 'record', button: 'button', flyout: 'flyout', save: 'popup' } as const;

/** PageLoad / Notify data from a record page, a create/edit button or the Client Script; null when unrecognisable. */
export const toStartData = (payload: unknown): StartData | null => {
  const parsed = parseWire(payload);
  if (!parsed.ok) return null;
  const { module, values, recordId, trigger, clashes } = parsed.value;
  return {
    placement: PLACEMENT[trigger],
    module,
    values,
    recordId,
    clashes: clashes ?? [],
    onSave: scriptOnSave(payload),
  };
};

/** `onSave: 'warn' | 'block'` from the script; an older script's `allowSave` flag says the same. */
const scriptOnSave = (payload: unknown): OnSave | null => {
  if (typeof payload !== 'object' || payload === null) return null;
  const { onSave, allowSave } = payload as { readonly onSave?: unknown; readonly allowSave?: unknown };
  if (onSave === 'warn' || onSave === 'block') return onSave;
  return typeof allowSave === 'boolean' ? (allowSave ? 'warn' : 'block') : null;
};
