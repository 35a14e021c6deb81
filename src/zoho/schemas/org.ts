import * as z from 'zod/mini';
import { optText } from './common';

/** A value that decodes as `inner`, or as absent when Zoho sends something else: extras never fail the org read. */
const tolerant = <T extends z.ZodMiniType>(inner: T) => z.catch(z.optional(z.nullable(inner)), undefined);

/**
 * `license_details` of GET /crm/v8/org (org.json, components.schemas.License_Details). Zoho documents every key as
 * required, but the estimate only uses the edition (`paid_type`, a free string: no enum is documented) and the
 * number of user licenses, so each is optional and a wrong type reads as unknown.
 */
export const licenseDetailsWire = z.looseObject({
  paid_type: tolerant(z.string()),
  paid: tolerant(z.boolean()),
  users_license_purchased: tolerant(z.number()),
  trial_type: tolerant(z.string()),
});

export const orgWire = z.looseObject({
  id: z.string(),
  company_name: optText,
  zgid: z.union([z.string(), z.number()]),
  domain_name: optText,
  license_details: tolerant(licenseDetailsWire),
});
export const orgEnvelopeWire = z.looseObject({ org: z.array(orgWire) });
