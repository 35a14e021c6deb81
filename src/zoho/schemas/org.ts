import * as z from 'zod/mini';
import { optText } from './common';

export const orgWire = z.looseObject({
  id: z.string(),
  company_name: optText,
  zgid: z.union([z.string(), z.number()]),
  domain_name: optText,
});
export const orgEnvelopeWire = z.looseObject({ org: z.array(orgWire) });
