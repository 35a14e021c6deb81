/**
 * The sandbox's profiles and the permissions Get Profile lists for them. Permission names, labels, sections and
 * categories are those of a real org's answer (zoho/crm-oas v8.0 profiles, getProfile example); ids are ours.
 */
export type SandboxPermission = {
  readonly id: string;
  /** Zoho's own name, e.g. Crm_Implied_Variables_Access. */
  readonly name: string;
  readonly label: string;
  readonly module: string | null;
  readonly parent: string | null;
  /** Where the permission sits on Setup → Profiles: its section, category name and category label. */
  readonly section: string;
  readonly category: string;
  readonly categoryLabel: string;
};

/** The permissions the sandbox's own checks read. */
export const PERMISSION = {
  /** "Manage Profiles": Get Profiles answers NO_PERMISSION naming it to a profile without it. */
  manageProfiles: 'Crm_Implied_Manage_Profiles',
  /** "Modules Customization": what Zoho's settings APIs (layouts, modules, picklists) name on NO_PERMISSION. */
  customize: 'Crm_Implied_Customize_Zoho_CRM',
  /** "Manage Zoho CRM Variables": what Zoho's variables API names on NO_PERMISSION. */
  variables: 'Crm_Implied_Variables_Access',
} as const;

const ACTIONS = ['View', 'Create', 'Edit', 'Delete'] as const;
const moduleRights = (module: string, n: number): readonly SandboxPermission[] =>
  ACTIONS.map((action, a) => ({
    id: `48760000000000160${n}${a}`,
    name: `Crm_Implied_${action}_${module}`,
    label: action,
    module,
    // Create, Edit and Delete need View (parent_permissions in Zoho's answer).
    parent: a === 0 ? null : `48760000000000160${n}0`,
    section: 'module',
    category: module,
    categoryLabel: module,
  }));
const setup = (
  id: string,
  name: string,
  label: string,
  [section, category, categoryLabel]: readonly [string, string, string],
  parent: string | null = null,
): SandboxPermission => ({ id, name, label, module: null, parent, section, category, categoryLabel });
const USERS = ['admin', 'user_management', 'User Management'] as const;

export const PERMISSIONS: readonly SandboxPermission[] = [
  ...['Leads', 'Contacts', 'Accounts'].flatMap(moduleRights),
  setup('4876000000000015978', 'Crm_Implied_Manage_Users', 'Manage Users', USERS),
  setup('4876000000000015987', PERMISSION.manageProfiles, 'Manage Profiles', USERS, '4876000000000015978'),
  setup('4876000000000015999', PERMISSION.customize, 'Modules Customization', [
    'admin',
    'module_customization',
    'Modules Customization',
  ]),
  setup('4876000000000338035', 'Crm_Implied_Advanced_Dev_Access', 'Manage Extensibility', [
    'developer_permission',
    'advanced_dev',
    'Manage Extensibility',
  ]),
  setup('4876000000000338037', PERMISSION.variables, 'Manage Zoho CRM Variables', [
    'crm_variables',
    'crmvariables',
    'Manage Zoho CRM Variables',
  ]),
];

export type SandboxProfile = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** An org's own profile (true), or one of Zoho's two built-in ones. */
  readonly custom: boolean;
  readonly granted: ReadonlySet<string>;
};

const all = PERMISSIONS.map((p) => p.name);
const records = PERMISSIONS.filter((p) => p.module !== null).map((p) => p.name);

export const ADMINISTRATOR: SandboxProfile = {
  id: '4876000000000026011',
  name: 'Administrator',
  // Zoho's own descriptions of its two built-in profiles.
  description:
    'This profile will have all the permissions. Users with Administrator profile will be able to view and manage all the data within the organization account by default.',
  custom: false,
  granted: new Set(all),
};
export const STANDARD: SandboxProfile = {
  id: '4876000000000026014',
  name: 'Standard',
  description: 'This profile will have all the permissions except administrative privileges.',
  custom: false,
  granted: new Set(records),
};
/** An org's admin-like profile under its own name: cloned from Administrator, without developer access. */
export const SALES_MANAGER: SandboxProfile = {
  id: '4876000000000026017',
  name: 'Sales Manager',
  description: 'Cloned from Administrator: manages the sales team and the CRM settings, no developer access.',
  custom: true,
  granted: new Set(all.filter((name) => name !== 'Crm_Implied_Advanced_Dev_Access')),
};

export const PROFILES: readonly SandboxProfile[] = [ADMINISTRATOR, STANDARD, SALES_MANAGER];

export const profileById = (id: string): SandboxProfile | undefined => PROFILES.find((p) => p.id === id);

/** Whether a user's profile has a permission switched on; an unknown profile has none. */
export const grants = (user: { readonly profileId: string }, permission: string): boolean =>
  profileById(user.profileId)?.granted.has(permission) ?? false;
