import * as z from 'zod/mini';
import type { CurrentUser } from './crm-client';
import type { CrmError } from './crm-error';
import { err, ok, type Result } from './result';
import { usersWire, userWire } from './schemas/user';
import { invalidResponse } from './zoho-error';

/**
 * The signed-in user (CONFIG.getCurrentUser, or GET /users?type=CurrentUser): read by the preview widget's first
 * check too (its language, "you" as owner), so it lives apart from the settings page's admin reads.
 */
export const readCurrentUser = (body: unknown): Result<CurrentUser, CrmError> => {
  const list = z.safeParse(usersWire, body);
  // Older SDK builds resolve getCurrentUser with the bare user object.
  const user = list.success ? list.data.users[0] : z.safeParse(userWire, body).data;
  return user ? ok(toCurrentUser(user)) : err(invalidResponse('no current user in response'));
};

const toCurrentUser = (u: z.infer<typeof userWire>): CurrentUser => ({
  id: u.id,
  name: u.full_name ?? [u.first_name, u.last_name].filter(Boolean).join(' '),
  ...(u.email ? { email: u.email } : {}),
  ...(u.zuid ? { zuid: u.zuid } : {}),
  profile: u.profile?.name ?? null,
  profileId: u.profile?.id ?? null,
  role: u.role?.name ?? null,
  language: u.language ?? u.locale ?? null,
});
