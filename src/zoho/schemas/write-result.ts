import * as z from 'zod/mini';
import { errorItemWire, optText } from './common';

/** One record's answer to insert/update/upsert. */
export const writeItemWire = z.looseObject({
  ...errorItemWire.shape,
  action: optText,
  duplicate_field: optText,
});
export type WriteItemWire = z.infer<typeof writeItemWire>;
export const writeResultWire = z.looseObject({ data: z.array(writeItemWire) });

export const writeDetailsWire = z.looseObject({ id: z.string(), Modified_Time: optText });
