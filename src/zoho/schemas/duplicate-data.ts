import * as z from 'zod/mini';
import { errorItemWire, namedWire, optBool, optText, userRefWire } from './common';

/** `details` of a DUPLICATE_DATA error: the field and the existing record it clashes with. */
export const duplicateDetailsWire = z.looseObject({
  api_name: z.string(),
  json_path: optText,
  duplicate_record: z.looseObject({
    id: z.string(),
    module: z.optional(z.nullable(z.looseObject({ api_name: z.string(), id: optText }))),
    Owner: z.optional(z.nullable(userRefWire)),
  }),
  more_records: optBool,
});

/** `details` of MULTIPLE_OR_MULTI_ERRORS: one error per unique field that clashed. */
export const multipleErrorsDetailsWire = z.looseObject({ errors: z.array(errorItemWire) });

export { namedWire };
