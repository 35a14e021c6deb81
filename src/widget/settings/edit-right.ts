import type { CallOptions, CrmClient, ProfilePermission } from '../../zoho/crm-client';
import { type CrmError, isZohoCode } from '../../zoho/crm-error';
import type { Result } from '../../zoho/result';

/** Whether the signed-in user may change the org's settings; 'unknown' when Zoho does not say. */
export type EditRight = 'checking' | 'admin' | 'read-only' | 'unknown';

/**
 * The profile permission that lets a user change the settings: "Manage Zoho CRM Variables" (Setup → Profiles →
 * Developer Space), since the settings live in an org variable and Zoho's variables API refuses a profile
 * without it with NO_PERMISSION `{permissions: ["Crm_Implied_Variables_Access"]}` (zoho/crm-oas v8.0 variables).
 */
export const SETTINGS_PERMISSION = 'Crm_Implied_Variables_Access';

/**
 * Zoho's built-in profile with every permission. Its name decides only when the profile itself cannot be read
 * for want of permission: Get Profiles answers NO_PERMISSION to a profile without "Manage Profiles".
 */
export const BUILT_IN_ADMIN_PROFILE = 'Administrator';

/** The right a profile's permissions grant; a permission Zoho does not list says nothing either way. */
export const editRightOf = (
  permissions: Result<readonly ProfilePermission[], CrmError>,
  profileName: string | null,
): Exclude<EditRight, 'checking'> => {
  if (!permissions.ok) {
    if (!isZohoCode(permissions.error, 'NO_PERMISSION') || profileName === null) return 'unknown';
    return profileName === BUILT_IN_ADMIN_PROFILE ? 'admin' : 'read-only';
  }
  const permission = permissions.value.find((p) => p.name === SETTINGS_PERMISSION);
  if (!permission) return 'unknown';
  return permission.enabled ? 'admin' : 'read-only';
};

/** The signed-in user's profile (CONFIG.getCurrentUser), then that profile's permissions (API.getProfile). */
export const readEditRight = async (
  client: CrmClient,
  opts: CallOptions = {},
): Promise<Exclude<EditRight, 'checking'>> => {
  const user = await client.getCurrentUser(opts);
  if (!user.ok) return 'unknown';
  const { profile, profileId } = user.value;
  if (!profileId) return 'unknown';
  return editRightOf(await client.getProfilePermissions(profileId, opts), profile);
};
