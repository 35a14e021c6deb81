import type { Hono } from 'hono';
import type { Ctx, SandboxEnv } from '../env';
import { fail, noPermission } from '../errors';
import {
  grants,
  PERMISSION,
  PERMISSIONS,
  PROFILES,
  profileById,
  type SandboxProfile,
} from '../metadata/profiles';

// The seed's administrator created the org's own profiles.
const CREATOR = { name: 'Patricia Boyle', id: '4876000000000411001' };

/** A profile as Get Profiles lists it; the list never carries permissions_details or sections. */
const summaryJson = (p: SandboxProfile) => ({
  id: p.id,
  name: p.name,
  api_name: p.name.replace(/\W+/g, '_'),
  display_label: p.name,
  description: p.description,
  custom: p.custom,
  type: 'normal_profile',
  category: p.custom,
  created_time: p.custom ? '2025-01-06T09:30:00-08:00' : null,
  modified_time: p.custom ? '2025-01-06T09:30:00-08:00' : null,
  created_by: p.custom ? CREATOR : null,
  modified_by: p.custom ? CREATOR : null,
});

/** Setup → Profiles' layout: sections of categories, each naming its permissions by id. */
const sectionsJson = () => {
  const sections = new Map<string, Map<string, { display_label: string; name: string; ids: string[] }>>();
  for (const p of PERMISSIONS) {
    const categories = sections.get(p.section) ?? new Map();
    sections.set(p.section, categories);
    const category = categories.get(p.category) ?? {
      display_label: p.categoryLabel,
      name: p.category,
      ids: [],
    };
    categories.set(p.category, category);
    category.ids.push(p.id);
  }
  return [...sections].map(([name, categories]) => ({
    name,
    categories: [...categories.values()].map((c) => ({
      display_label: c.display_label,
      permissions_details: c.ids,
      name: c.name,
      ...(name === 'module' ? { module: c.name } : {}),
    })),
  }));
};

/** One profile as Get Profile answers it: every permission, `enabled` where the profile has it. */
const profileJson = (p: SandboxProfile) => ({
  ...summaryJson(p),
  permissions_details: PERMISSIONS.map((perm) => ({
    display_label: perm.label,
    module: perm.module,
    name: perm.name,
    customizable: perm.module !== null,
    id: perm.id,
    enabled: p.granted.has(perm.name),
    parent_permissions: perm.parent ? [perm.parent] : null,
  })),
  sections: sectionsJson(),
});

/** Get Profiles answers a profile without "Manage Profiles" NO_PERMISSION naming it (UNVERIFIED for one profile). */
const mayRead = (c: Ctx): void => {
  if (c.get('options').profileReadNeedsManageProfiles && !grants(c.get('user'), PERMISSION.manageProfiles))
    noPermission([PERMISSION.manageProfiles]);
};

/**
 * GET /crm/v8/settings/profiles and /settings/profiles/{id}, shaped as Zoho's Get Profiles documents them
 * (https://www.zoho.com/crm/developer/docs/api/v8/get-profiles.html; zoho/crm-oas v8.0 profiles.json).
 */
export const registerProfiles = (app: Hono<SandboxEnv>): void => {
  app.get('/crm/v8/settings/profiles', (c) => {
    mayRead(c);
    return c.json({ profiles: PROFILES.map(summaryJson) });
  });
  app.get('/crm/v8/settings/profiles/:id', (c) => {
    mayRead(c);
    const profile = profileById(c.req.param('id'));
    if (!profile) return fail(400, 'INVALID_DATA', 'Invalid ID', { resource_path_index: 2 });
    return c.json({ profiles: [profileJson(profile)] });
  });
};
