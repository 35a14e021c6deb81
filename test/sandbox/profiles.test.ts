import { describe, expect, it } from 'vitest';
import { PERMISSION, SALES_MANAGER } from '../../src/sandbox/metadata/profiles';
import { REP_1, SEED_USERS } from '../../src/sandbox/seed';
import type { SeedUser } from '../../src/sandbox/seed/types';
import { readProfilePermissions } from '../../src/zoho/interpret-admin';
import { makeSandbox } from './support/sandbox-harness';

/** A user of the org's own admin-like profile, beside the three every sandbox has. */
const MANAGER: SeedUser = {
  ...REP_1,
  id: '4876000000000411004',
  zuid: '808233921',
  name: 'Sam Rivera',
  email: 'sam.rivera@zylker.example',
  token: 'sandbox-manager',
  profileId: SALES_MANAGER.id,
  role: 'Manager',
};
const withManager = (options: Parameters<typeof makeSandbox>[0] = {}) => {
  const sandbox = makeSandbox(options);
  sandbox.store.replaceUsers([...SEED_USERS, MANAGER]);
  return sandbox;
};
const enabled = (body: unknown, id: string) => {
  const read = readProfilePermissions(body, id);
  if (!read.ok) throw new Error(`not a profile: ${JSON.stringify(read.error)}`);
  return read.value.filter((p) => p.enabled).map((p) => p.name);
};

describe('Get Profiles (GET settings/profiles[/{id}]) as Zoho documents it', () => {
  it('lists the Administrator, Standard and the custom Sales Manager profile, without their permissions', async () => {
    const { call } = makeSandbox();
    const { status, body } = await call('GET', 'settings/profiles');
    expect(status).toBe(200);
    expect(body.profiles.map((p: { name: string; custom: boolean }) => [p.name, p.custom])).toEqual([
      ['Administrator', false],
      ['Standard', false],
      ['Sales Manager', true],
    ]);
    for (const p of body.profiles) expect(p).not.toHaveProperty('permissions_details');
  });

  it('answers one profile with every permission, each on or off, in the shape Zoho documents', async () => {
    const { call } = makeSandbox();
    const { body } = await call('GET', `settings/profiles/${SALES_MANAGER.id}`);
    expect(body.profiles).toHaveLength(1);
    const [profile] = body.profiles;
    for (const key of ['id', 'name', 'display_label', 'description', 'custom', 'type', 'sections'])
      expect(profile).toHaveProperty(key);
    for (const p of profile.permissions_details)
      expect(Object.keys(p)).toEqual(
        expect.arrayContaining(['id', 'enabled', 'name', 'display_label', 'module']),
      );
    const sectioned = profile.sections.flatMap((s: { categories: { permissions_details: string[] }[] }) =>
      s.categories.flatMap((c) => c.permissions_details),
    );
    expect(new Set(sectioned)).toEqual(new Set(profile.permissions_details.map((p: { id: string }) => p.id)));
    expect(enabled(body, SALES_MANAGER.id)).toEqual(
      expect.arrayContaining([PERMISSION.variables, PERMISSION.customize, PERMISSION.manageProfiles]),
    );
    expect(enabled(body, SALES_MANAGER.id)).not.toContain('Crm_Implied_Advanced_Dev_Access');
  });

  it("refers every user to a profile by id, and that id reads the profile the user's answer names", async () => {
    const { call } = withManager();
    const { body } = await call('GET', 'users');
    for (const user of body.users) {
      const profile = (await call('GET', `settings/profiles/${user.profile.id}`)).body.profiles[0];
      expect(profile.name).toBe(user.profile.name);
    }
    expect(body.users.map((u: { profile: { name: string } }) => u.profile.name)).toEqual([
      'Administrator',
      'Standard',
      'Standard',
      'Sales Manager',
    ]);
  });

  it('refuses a profile without Manage Profiles the read, naming that permission, unless reading is open', async () => {
    const { call, sandbox } = makeSandbox();
    const standard = (await call('GET', 'users?type=CurrentUser', { token: 'sandbox-rep-1' })).body.users[0]
      .profile.id;
    const refused = await call('GET', `settings/profiles/${standard}`, { token: 'sandbox-rep-1' });
    expect([refused.status, refused.body.code, refused.body.details]).toEqual([
      403,
      'NO_PERMISSION',
      { permissions: [PERMISSION.manageProfiles] },
    ]);
    sandbox.setOptions({ profileReadNeedsManageProfiles: false });
    const read = await call('GET', `settings/profiles/${standard}`, { token: 'sandbox-rep-1' });
    expect(enabled(read.body, standard)).not.toContain(PERMISSION.variables);
  });

  it('answers an unknown profile id with INVALID_DATA', async () => {
    const { call } = makeSandbox();
    const res = await call('GET', 'settings/profiles/4876000000000099999');
    expect([res.status, res.body.code]).toEqual([400, 'INVALID_DATA']);
  });
});

describe('changing settings takes a permission of the profile, not its name', () => {
  it('lets the Sales Manager save a variable, and names the permission a rep lacks', async () => {
    const { call } = withManager();
    const body = { variables: [{ api_name: 'duplicatepreview__settings', value: '{}' }] };
    const saved = await call('PUT', 'settings/variables', { token: 'sandbox-manager', body });
    expect(saved.body.variables[0].code).toBe('SUCCESS');
    const refused = await call('PUT', 'settings/variables', { token: 'sandbox-rep-1', body });
    expect([refused.status, refused.body.details]).toEqual([403, { permissions: [PERMISSION.variables] }]);
    const preference = await call('POST', 'settings/duplicate_check_preference?module=Leads', {
      token: 'sandbox-rep-1',
      body: { duplicate_check_preference: { type: 'converted_records' } },
    });
    expect(preference.body.details).toEqual({ permissions: [PERMISSION.customize] });
  });

  it('keeps the profile of a user stored before users carried a profile id', async () => {
    const { call, store } = makeSandbox();
    const { profileId: _, ...legacy } = SEED_USERS[0] as SeedUser;
    store.db
      .prepare('UPDATE users SET json = ? WHERE token = ?')
      .run(JSON.stringify({ ...legacy, profile: 'Administrator' }), 'sandbox-admin');
    const me = (await call('GET', 'users?type=CurrentUser')).body.users[0];
    expect(me.profile).toEqual({ name: 'Administrator', id: '4876000000000026011' });
  });
});
