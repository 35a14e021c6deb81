import * as z from 'zod/mini';
import { errorItemWire } from './common';

const scalar = z.optional(z.nullable(z.union([z.string(), z.number(), z.boolean()])));

/** REST: GET /settings/variables/{api_name} -> `{variables: [{api_name, value, ...}]}`. */
export const variablesWire = z.looseObject({
  variables: z.array(z.looseObject({ api_name: z.optional(z.string()), value: scalar })),
});
/** REST: PUT /settings/variables -> `{variables: [{code, status, ...}]}`. */
export const variablesSavedWire = z.looseObject({ variables: z.array(errorItemWire) });
/** SDK: getOrgVariable(name) -> `{Success: {Content: value}}`. */
export const sdkOrgVariableWire = z.looseObject({
  Success: z.optional(z.nullable(z.looseObject({ Content: scalar }))),
});
/** SDK: CONNECTOR.invokeAPI("crm.set") -> `{status_code: "200", response: "<json>"}`. */
export const crmSetWire = z.looseObject({
  status_code: z.union([z.string(), z.number()]),
  response: z.optional(z.unknown()),
});
