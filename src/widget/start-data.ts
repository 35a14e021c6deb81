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
  /** The admin allows "save anyway" on a blocking duplicate (warn mode). */
  readonly allowSave: boolean;
};

const PLACEMENT = { detail: 'record', button: 'button', flyout: 'flyout', save: 'popup' } as const;

/** PageLoad / Notify data from a record page, a create/edit button or the Client Script; null when unrecognisable. */
export const toStartData = (payload: unknown): StartData | null => {
  const parsed = parseWire(payload);
  if (!parsed.ok) return null;
  const { module, values, recordId, trigger, clashes } = parsed.value;
  const allowSave =
    trigger !== 'save' ||
    (typeof payload === 'object' && payload !== null && 'allowSave' in payload && payload.allowSave === true);
  return { placement: PLACEMENT[trigger], module, values, recordId, clashes: clashes ?? [], allowSave };
};
