import type { ModuleInfo, ProfilePermission } from './crm-client';
import type { CrmError } from './crm-error';
import { parse } from './interpret';
import { err, ok, type Result } from './result';
import { modulesWire } from './schemas/modules';
import { profilesWire } from './schemas/profile';
import { toModuleInfo } from './translate-admin';
import { invalidResponse } from './zoho-error';

type R<T> = Result<T, CrmError>;

/** Answers only the settings page and account calls read: never part of a duplicate check. */
export const readModules = (body: unknown): R<readonly ModuleInfo[]> => {
  const parsed = parse(modulesWire, body);
  if (!parsed.ok) return parsed;
  return ok(
    parsed.value.modules.flatMap((m) =>
      m.api_name === null ? [] : [toModuleInfo({ ...m, api_name: m.api_name })],
    ),
  );
};

/** Get Profile's answer for `profileId`: its permissions by Zoho's names. Anything else is an error, never a right. */
export const readProfilePermissions = (body: unknown, profileId: string): R<readonly ProfilePermission[]> => {
  const parsed = parse(profilesWire, body);
  if (!parsed.ok) return parsed;
  const profile = parsed.value.profiles.find((p) => p.id === profileId);
  if (!profile) return err(invalidResponse(`no profile ${profileId} in response`));
  return ok(profile.permissions_details.map((p) => ({ name: p.name, enabled: p.enabled })));
};
