import * as z from 'zod/mini';
import { errorItemWire } from './common';

const scalar = z.optional(z.nullable(z.union([z.string(), z.number(), z.boolean()])));

/** REST: GET /settings/variables/{api_name} -> `{variables: [{api_name, value, ...}]}`. */
export const variablesWire = z.looseObject({
  variables: z.array(z.looseObject({ api_name: z.optional(z.string()), value: scalar })),
});
/** REST: PUT /settings/variables -> `{variables: [{code, status, ...}]}`. */
export const variablesSavedWire = z.looseObject({ variables: z.array(errorItemWire) });
/**
 * SDK: getOrgVariable(name) -> `{Success: {Content: value}}` (crm_release_1.1 lib/ZohoCrmHelper.js doc example);
 * an unknown or unreadable variable answers an error object instead (ZOHO.md, corrections).
 */
export const sdkOrgVariableWire = z.looseObject({
  Success: z.optional(z.nullable(z.looseObject({ Content: scalar }))),
  Error: z.optional(z.unknown()),
});
/**
 * SDK: CONNECTOR.invokeAPI("crm.set") -> `{status_code: "200", response: "<json>"}`, itself delivered as a JSON
 * string that public extensions JSON.parse (ZOHO.md, corrections); the adapter parses the string first.
 */
export const crmSetWire = z.looseObject({
  status_code: z.union([z.string(), z.number()]),
  response: z.optional(z.unknown()),
});
