import { describe, expect, it } from 'vitest';
import { editRightOf, SETTINGS_PERMISSION } from '../../src/widget/settings/edit-right';
import { readProfilePermissions } from '../../src/zoho/interpret-admin';
import { readCurrentUser } from '../../src/zoho/interpret-user';

/** Get Profile's answer as Zoho documents it (v8 get-profiles.html), trimmed to two permissions. */
const answer = (permissions: readonly unknown[], id = '4876000000000026017') => ({
  profiles: [
    {
      id,
      name: 'Sales Manager',
      api_name: 'Sales_Manager',
      display_label: 'Sales Manager',
      description: 'Cloned from Administrator',
      custom: true,
      type: 'normal_profile',
      created_time: '2025-01-06T09:30:00-08:00',
      modified_time: null,
      created_by: { name: 'Patricia Boyle', id: '4876000000000411001' },
      modified_by: null,
      permissions_details: permissions,
      sections: [{ name: 'crm_variables', categories: [] }],
    },
  ],
  info: { license_limit: null },
});
const variables = (enabled: boolean) => ({
  display_label: 'Manage Zoho CRM Variables',
  module: null,
  name: SETTINGS_PERMISSION,
  customizable: false,
  id: '4876000000000338037',
  enabled,
  parent_permissions: null,
  tooltip_msg: 'a key Zoho may add tomorrow',
});

describe('Get Profile wire decoding', () => {
  it("reads each permission's Zoho name and whether it is on, whatever other keys Zoho sends", () => {
    const read = readProfilePermissions(
      answer([variables(true), { name: 'Crm_Implied_Manage_Users', enabled: false, module: null }]),
      '4876000000000026017',
    );
    expect(read).toEqual({
      ok: true,
      value: [
        { name: SETTINGS_PERMISSION, enabled: true },
        { name: 'Crm_Implied_Manage_Users', enabled: false },
      ],
    });
  });

  it.each([
    ['enabled as text', answer([{ ...variables(true), enabled: 'true' }])],
    ['a permission without a name', answer([{ enabled: true, display_label: 'Manage Zoho CRM Variables' }])],
    ['no permissions_details (the profile list, not one profile)', { profiles: [{ id: '1', name: 'x' }] }],
    ['profiles that is not a list', { profiles: { id: '4876000000000026017' } }],
    ['an empty body (HTTP 204)', null],
    ['a bare string', 'profiles'],
  ])(
    'a malformed answer (%s) is an invalid-response error, and the page does not take it for admin',
    (_, body) => {
      const read = readProfilePermissions(body, '4876000000000026017');
      expect(read.ok ? 'ok' : read.error.kind).toBe('invalid-response');
      expect(editRightOf(read, 'Administrator')).toBe('unknown');
    },
  );

  it('an answer about another profile is an error, not that profile’s rights', () => {
    const read = readProfilePermissions(
      answer([variables(true)], '4876000000000026011'),
      '4876000000000026014',
    );
    expect(read).toMatchObject({ ok: false, error: { kind: 'invalid-response' } });
  });

  it("reads the signed-in user's profile id beside its name (users.json: profile {name, id})", () => {
    const read = readCurrentUser({
      users: [{ id: 'u1', full_name: 'Pat', profile: { name: 'Sales Manager', id: '4876000000000026017' } }],
    });
    expect(read).toMatchObject({
      ok: true,
      value: { profile: 'Sales Manager', profileId: '4876000000000026017' },
    });
  });
});

describe('the right a profile grants to change the settings', () => {
  const refused = {
    ok: false as const,
    error: {
      kind: 'zoho' as const,
      status: 403,
      code: 'NO_PERMISSION',
      message: 'permission denied',
      details: { permissions: ['Crm_Implied_Manage_Profiles'] },
      clashes: [],
    },
  };

  it('is admin when the permission is on and read-only when it is off, whatever the profile is called', () => {
    expect(
      editRightOf({ ok: true, value: [{ name: SETTINGS_PERMISSION, enabled: true }] }, 'Sales Manager'),
    ).toBe('admin');
    expect(
      editRightOf({ ok: true, value: [{ name: SETTINGS_PERMISSION, enabled: false }] }, 'Administrator'),
    ).toBe('read-only');
  });

  it('is unknown when Zoho lists no such permission, or the read fails for any reason but permission', () => {
    expect(editRightOf({ ok: true, value: [] }, 'Administrator')).toBe('unknown');
    expect(editRightOf({ ok: false, error: { kind: 'timeout', ms: 10_000 } }, 'Administrator')).toBe(
      'unknown',
    );
  });

  it('falls back to the built-in Administrator name only when Zoho refuses the read with NO_PERMISSION', () => {
    expect(editRightOf(refused, 'Administrator')).toBe('admin');
    expect(editRightOf(refused, 'Sales Manager')).toBe('read-only');
    expect(editRightOf(refused, null)).toBe('unknown');
  });
});
