import type * as z from 'zod/mini';
import type { CurrentUser, ModuleInfo } from './crm-client';
import { tabNameOf } from './record-link';
import type { moduleWire } from './schemas/modules';
import type { userWire } from './schemas/user';

export const toModuleInfo = (m: z.infer<typeof moduleWire> & { api_name: string }): ModuleInfo => ({
  apiName: m.api_name,
  singularLabel: m.singular_label ?? m.api_name,
  pluralLabel: m.plural_label ?? m.api_name,
  id: m.id,
  tabName: tabNameOf(m.api_name, m.generated_type ?? 'default', m.module_name ?? null),
  generatedType: m.generated_type ?? 'default',
});

export const toCurrentUser = (u: z.infer<typeof userWire>): CurrentUser => ({
  id: u.id,
  name: u.full_name ?? [u.first_name, u.last_name].filter(Boolean).join(' '),
  ...(u.email ? { email: u.email } : {}),
  ...(u.zuid ? { zuid: u.zuid } : {}),
  profile: u.profile?.name ?? null,
  profileId: u.profile?.id ?? null,
  role: u.role?.name ?? null,
  language: u.language ?? u.locale ?? null,
});
