import * as z from 'zod/mini';
import { optText } from './common';

export const moduleWire = z.looseObject({
  /** Nullable in Zoho's own schema (some system tabs have no API name). */
  api_name: z.nullable(z.string()),
  id: z.string(),
  module_name: optText,
  singular_label: optText,
  plural_label: optText,
  generated_type: optText,
});
export const modulesWire = z.looseObject({ modules: z.array(moduleWire) });
