import type { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import { ADMINISTRATOR, profileById } from '../metadata/profiles';
import type { User } from '../store/types';
import { ORG_OFFSET_MINUTES, ORG_TIME_ZONE } from '../time';

export const ORG = { id: '4876000000000000001', zgid: '48760001', domainName: 'zylker', dataCentre: 'com' };

const userJson = (u: User) => {
  const [first, ...rest] = u.name.split(' ');
  return {
    id: u.id,
    zuid: u.zuid,
    full_name: u.name,
    first_name: first ?? u.name,
    last_name: rest.join(' ') || null,
    email: u.email,
    status: 'active',
    confirm: true,
    // users.json's minified profile {name, id}: the id is what Get Profile reads the permissions by.
    profile: { name: profileById(u.profileId)?.name ?? '', id: u.profileId },
    role: { name: u.role, id: `48760000000000260${u.role === 'CEO' ? '31' : '35'}` },
    time_zone: ORG_TIME_ZONE,
    offset: ORG_OFFSET_MINUTES * 60_000,
    language: 'en_US',
    locale: 'en_US',
    country_locale: 'en_US',
    category: 'regular_user',
  };
};

const orgJson = (admin: User | undefined) => ({
  country: 'United States',
  photo_id: null,
  city: null,
  description: null,
  mc_status: false,
  gapps_enabled: false,
  translation_enabled: false,
  street: null,
  domain_name: ORG.domainName,
  alias: null,
  currency: 'US Dollar - USD',
  id: ORG.id,
  state: null,
  fax: null,
  zip: null,
  employee_count: '50',
  website: 'www.zylker.example',
  currency_symbol: '$',
  mobile: null,
  currency_locale: 'en_US',
  primary_zuid: admin?.zuid ?? '808233918',
  zia_portal_id: null,
  time_zone: ORG_TIME_ZONE,
  zgid: ORG.zgid,
  country_code: 'US',
  deletable_org_account: false,
  // As org.json (/work/shared/zoho-oas/v8.0) documents GET /crm/v8/org: components.schemas.License_Details, every
  // key required; paid_type is a free string (no enum documented). The settings page's credit estimate pre-fills
  // its edition and licensed users from paid_type and users_license_purchased.
  license_details: {
    paid_expiry: '2026-02-08T00:00:00-08:00',
    users_license_purchased: 10,
    trial_type: null,
    trial_expiry: null,
    paid: true,
    paid_type: 'enterprise',
    trial_action: '',
  },
  hierarchy_preferences: { type: 'Role_Hierarchy', strictly_reporting: false },
  phone: '+1 555 010 0000',
  company_name: 'Zylker (sandbox)',
  privacy_settings: false,
  primary_email: admin?.email ?? 'patricia.boyle@zylker.example',
  iso_code: 'USD',
  hipaa_compliance_enabled: false,
  lite_users_enabled: false,
  max_per_page: 200,
  ezgid: `e${ORG.zgid}`,
  call_icon: '',
  oauth_presence: true,
  zia_zgid: Number(ORG.zgid),
  checkin_preferences: { restricted_event_types: null },
  type: 'Sandbox',
});

export const registerUsersOrg = (app: Hono<SandboxEnv>): void => {
  app.get('/crm/v8/users', (c) => {
    const type = c.req.query('type');
    const users = type === 'CurrentUser' ? [c.get('user')] : c.get('store').users();
    return c.json({
      users: users.map(userJson),
      info: { per_page: 200, count: users.length, page: 1, more_records: false },
    });
  });
  app.get('/crm/v8/users/:id', (c) => {
    const user = c.get('store').userById(c.req.param('id'));
    return user ? c.json({ users: [userJson(user)] }) : c.body(null, 204);
  });
  app.get('/crm/v8/org', (c) => {
    const admin = c
      .get('store')
      .users()
      .find((u) => u.profileId === ADMINISTRATOR.id);
    return c.json({ org: [orgJson(admin)] });
  });
};
