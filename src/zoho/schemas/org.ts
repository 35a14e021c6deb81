import * as z from 'zod/mini';
import { optText } from './common';

/**
 * GET /crm/v8/org (org.json). `license_details` (components.schemas.License_Details) is read key by key in plain
 * code (translate.ts, licenseOf): Zoho documents every key as required, but the credit estimate only uses the
 * edition (`paid_type`, a free string) and the number of user licenses, and a missing or odd value there must never
 * fail the org read.
 */
export const orgWire = z.looseObject({
  id: z.string(),
  company_name: optText,
  zgid: z.union([z.string(), z.number()]),
  domain_name: optText,
  license_details: z.optional(z.unknown()),
});
export const orgEnvelopeWire = z.looseObject({ org: z.array(orgWire) });
