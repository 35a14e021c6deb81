import * as z from 'zod/mini';
import { looseRecord, optBool, optText } from './common';

export const fieldWire = z.looseObject({
  api_name: z.string(),
  field_label: optText,
  display_label: optText,
  data_type: z.string(),
  /** `{case_sensitive: false}` when "Do not allow duplicate values" is ticked, `{}` otherwise. */
  unique: z.optional(z.nullable(looseRecord)),
  read_only: optBool,
});
export const fieldsWire = z.looseObject({ fields: z.array(fieldWire) });
