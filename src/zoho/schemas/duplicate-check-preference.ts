import * as z from 'zod/mini';
import { errorItemWire, namedWire } from './common';

export const duplicateCheckPreferenceWire = z.looseObject({
  type: z.literal(['converted_records', 'mapped_module_records']),
  type_configurations: z.optional(
    z.nullable(
      z.array(
        z.looseObject({
          mapped_module: z.optional(z.nullable(namedWire)),
          field_mappings: z.optional(
            z.nullable(z.array(z.looseObject({ current_field: namedWire, mapped_field: namedWire }))),
          ),
        }),
      ),
    ),
  ),
});
export const duplicateCheckPreferenceEnvelopeWire = z.looseObject({
  duplicate_check_preference: duplicateCheckPreferenceWire,
});
/** POST/PUT/DELETE answer `{duplicate_check_preference: {code: "SUCCESS", ...}}`. */
export const duplicateCheckPreferenceSavedWire = z.looseObject({ duplicate_check_preference: errorItemWire });
