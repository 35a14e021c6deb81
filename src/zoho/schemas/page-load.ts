import * as z from 'zod/mini';
import { looseRecord } from './common';

/** Detail page / related list: `{Entity, EntityId}`; EntityId is an array on some placements. */
export const detailPageLoadWire = z.looseObject({
  Entity: z.string(),
  EntityId: z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]),
});

/** Create/edit page button: the unsaved form values arrive in `Data`. */
export const buttonPageLoadWire = z.looseObject({
  Entity: z.string(),
  Data: looseRecord,
  EntityId: z.optional(
    z.nullable(z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])),
  ),
});

/** What our Client Script passes to openPopup / flyout open / notify. */
export const clientScriptDataWire = z.looseObject({
  source: z.literal('client-script'),
  module: z.string(),
  values: looseRecord,
  recordId: z.optional(z.nullable(z.string())),
  mode: z.literal(['flyout', 'save']),
  /** The DUPLICATE_DATA body a failed save returned, when the script opened us after it. */
  error: z.optional(z.unknown()),
});
export type ClientScriptData = z.infer<typeof clientScriptDataWire>;
