import type { OrgVariable } from '../store/types';

/**
 * The org variable installing the extension creates, empty until an admin saves settings. Extension variables
 * are named `<namespace>__<name>` (ZOHO.md, corrections); the namespace is plugin-manifest.json's.
 */
export const INSTALLED_VARIABLES: readonly OrgVariable[] = [
  {
    id: '4876000000000600001',
    apiName: 'duplicatepreview__settings',
    name: 'Duplicate Preview settings',
    description: 'Settings of the Duplicate Preview extension (JSON), written by its settings page.',
    type: 'textarea',
    value: null,
  },
];
