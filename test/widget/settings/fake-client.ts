import type { DuplicateCheckPreference, FieldInfo } from '../../../src/dedupe/types';
import type { CrmClient, ModuleInfo, OrgInfo, ProfilePermission } from '../../../src/zoho/crm-client';
import type { CrmError } from '../../../src/zoho/crm-error';
import { err, ok } from '../../../src/zoho/result';
import { SETTINGS_VARIABLE } from '../../../src/zoho/settings-codec';

const field = (apiName: string, dataType: string, unique = false): FieldInfo => ({
  apiName,
  label: apiName.replace('_', ' '),
  dataType,
  unique,
  readOnly: false,
});

export const FIELDS: Readonly<Record<string, readonly FieldInfo[]>> = {
  Leads: [
    field('First_Name', 'text'),
    field('Last_Name', 'text'),
    field('Email', 'email'),
    field('Phone', 'phone'),
    field('Company', 'text'),
    field('Secondary_Email', 'email', true),
    field('Title', 'text'),
  ],
  Contacts: [field('First_Name', 'text'), field('Last_Name', 'text'), field('Email', 'email')],
  Accounts: [field('Account_Name', 'text'), field('Phone', 'phone')],
  Deals: [field('Deal_Name', 'text')],
};

export const zohoError = (code: string, details: Record<string, unknown> = {}): CrmError => ({
  kind: 'zoho',
  status: 400,
  code,
  message: code.toLowerCase().replace(/_/g, ' '),
  details,
  clashes: [],
});

/** Zoho's answer to a profile read by a profile without "Manage Profiles" (Get Profiles, 403). */
export const noPermission: CrmError = {
  kind: 'zoho',
  status: 403,
  code: 'NO_PERMISSION',
  message: 'permission denied',
  details: { permissions: ['Crm_Implied_Manage_Profiles'] },
  clashes: [],
};

/** Get Profile as a real org answers it: the Administrator reads its own; a profile without Manage Profiles may not. */
const defaultPermissions = (profile: string): readonly ProfilePermission[] | CrmError =>
  profile === 'Administrator'
    ? [
        { name: 'Crm_Implied_Manage_Profiles', enabled: true },
        { name: 'Crm_Implied_Variables_Access', enabled: true },
      ]
    : noPermission;

const fail = (): never => {
  throw new Error('not used by the settings page');
};

/** An in-memory CrmClient for the settings page: org variables, field metadata, the Leads preference. */
export const fakeClient = (
  options: {
    variable?: string | null;
    preference?: DuplicateCheckPreference | null;
    preferenceError?: CrmError;
    saveError?: CrmError;
    modules?: readonly ModuleInfo[];
    /** The signed-in user's profile; null when Zoho does not say. */
    profile?: string | null;
    /**
     * What Get Profile answers for that profile: its permissions, or an error. By default the built-in
     * Administrator has every permission and any other profile may not read profiles (NO_PERMISSION).
     */
    permissions?: readonly ProfilePermission[] | CrmError;
    /** What GET org adds to a bare org (edition, user licenses); null when the org read fails. */
    org?: Partial<OrgInfo> | null;
  } = {},
) => {
  const profile = options.profile ?? 'Administrator';
  const variables = new Map<string, string>();
  if (options.variable != null) variables.set(SETTINGS_VARIABLE, options.variable);
  const state = { preference: options.preference ?? null, calls: [] as string[] };
  const client: CrmClient = {
    getModules: async () => ok(options.modules ?? []),
    getFields: async (module) => ok(FIELDS[module] ?? [field('Name', 'text')]),
    getDuplicateCheckPreference: async () => ok(state.preference),
    saveDuplicateCheckPreference: async (_module, preference) => {
      state.calls.push(`save ${preference.type}`);
      if (options.preferenceError) return err(options.preferenceError);
      state.preference = preference;
      return ok(preference);
    },
    deleteDuplicateCheckPreference: async () => {
      state.calls.push('delete');
      if (options.preferenceError) return err(options.preferenceError);
      state.preference = null;
      return ok(null);
    },
    getOrgVariable: async (name) => ok(variables.get(name) ?? null),
    setOrgVariable: async (name, value) => {
      if (options.saveError) return err(options.saveError);
      variables.set(name, value);
      return ok(null);
    },
    search: fail,
    coql: fail,
    getRecord: fail,
    insert: fail,
    update: fail,
    upsert: fail,
    merge: fail,
    deleteRecord: fail,
    getCurrentUser: async () =>
      options.profile === null
        ? err({ kind: 'timeout', ms: 5000 })
        : ok({ id: 'u1', name: 'Pat', profile: profile, profileId: `p-${profile}`, role: null }),
    getProfilePermissions: async () => {
      const answer = options.permissions ?? defaultPermissions(profile);
      return 'kind' in answer ? err(answer) : ok(answer);
    },
    getOrg: async () =>
      options.org === null
        ? err({ kind: 'timeout', ms: 5000 })
        : ok({
            id: 'o1',
            companyName: 'Zylker',
            zgid: '1',
            domainName: null,
            dataCentre: 'com',
            ...options.org,
          }),
  };
  return { client, variables, state };
};
