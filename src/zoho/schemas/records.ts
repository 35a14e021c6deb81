import * as z from 'zod/mini';
import { optBool } from './common';

export const recordWire = z.looseObject({ id: z.string() });
export type RecordWire = z.infer<typeof recordWire>;

/** Records, search and COQL pages. No match is HTTP 204 with no body, so `data` is optional. */
export const pageWire = z.looseObject({
  data: z.optional(z.nullable(z.array(recordWire))),
  info: z.optional(z.nullable(z.looseObject({ more_records: optBool }))),
});
