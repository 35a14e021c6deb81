import * as z from 'zod/mini';
import type { DuplicateClash, Values } from '../dedupe/types';
import type { CrmError } from './crm-error';
import { err, ok, type Result } from './result';
import { buttonPageLoadWire, clientScriptDataWire, detailPageLoadWire } from './schemas/page-load';
import { toValues } from './translate';
import { errorFromBody, invalidResponse } from './zoho-error';

export type StartTrigger = 'detail' | 'button' | 'flyout' | 'save';

/** What the widget was opened with, whichever placement opened it. */
export type StartData = {
  readonly module: string;
  readonly values: Values;
  readonly recordId: string | null;
  readonly trigger: StartTrigger;
  /** The clashes of the failed save that opened us (Client Script onSave). */
  readonly clashes?: readonly DuplicateClash[];
};

type Id = string | number | readonly (string | number)[] | null | undefined;
const firstId = (id: Id): string | null => {
  const one = Array.isArray(id) ? id[0] : id;
  return one === undefined || one === null || one === '' ? null : String(one);
};

/** The PageLoad / Notify payload is untrusted (the SDK accepts messages from any window): parse it. */
export const parseStartData = (payload: unknown): Result<StartData, CrmError> => {
  const script = z.safeParse(clientScriptDataWire, payload);
  if (script.success) {
    const { module, values, recordId, mode, error } = script.data;
    const clashes = error === undefined ? null : errorFromBody(error, null, module);
    return ok({
      module,
      values: toValues(values),
      recordId: recordId ?? null,
      trigger: mode,
      ...(clashes?.kind === 'zoho' ? { clashes: clashes.clashes } : {}),
    });
  }
  const button = z.safeParse(buttonPageLoadWire, payload);
  if (button.success) {
    const { Entity, Data, EntityId } = button.data;
    return ok({ module: Entity, values: toValues(Data), recordId: firstId(EntityId), trigger: 'button' });
  }
  const detail = z.safeParse(detailPageLoadWire, payload);
  if (detail.success) {
    const { Entity, EntityId } = detail.data;
    return ok({ module: Entity, values: {}, recordId: firstId(EntityId), trigger: 'detail' });
  }
  return err(invalidResponse('start data is neither a PageLoad payload nor Client Script data'));
};
