import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { INSTALLED_VARIABLES } from '../../src/sandbox/seed/installed-variables';
import { EXTENSION_NAMESPACE, SETTINGS_VARIABLE } from '../../src/zoho/settings-codec';

const manifest = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../plugin-manifest.json'), 'utf8'),
) as {
  readonly namespace?: string;
};

test('the settings variable is named <namespace>__<name> with the namespace plugin-manifest.json declares', () => {
  expect(manifest.namespace).toBe(EXTENSION_NAMESPACE);
  expect(SETTINGS_VARIABLE).toBe(`${manifest.namespace}__settings`);
});

test('the sandbox installs the very variable the widget reads', () => {
  expect(INSTALLED_VARIABLES.map((v) => v.apiName)).toContain(SETTINGS_VARIABLE);
});
