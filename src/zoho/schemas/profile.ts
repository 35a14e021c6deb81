import * as z from 'zod/mini';
import { optText } from './common';

/** One permission of a profile as Zoho names it, e.g. `{name: "Crm_Implied_Variables_Access", enabled: true}`. */
export const permissionDetailWire = z.looseObject({ name: z.string(), enabled: z.boolean() });

/**
 * GET /crm/v8/settings/profiles/{id} (Get Profiles, zoho.com/crm/developer/docs/api/v8/get-profiles.html), and
 * the SDK's ZOHO.CRM.API.getProfile({ID}): `profiles[0].permissions_details[]` lists every permission of the
 * profile, each with `enabled`. Zoho renders permissions_details only for one profile, never in the list.
 */
export const profilesWire = z.looseObject({
  profiles: z.array(
    z.looseObject({ id: z.string(), name: optText, permissions_details: z.array(permissionDetailWire) }),
  ),
});
