import type { Hono } from 'hono';
import { type Ctx, noContent, readJson, type SandboxEnv } from '../env';
import { fail, requiredParam } from '../errors';
import { findModule } from '../metadata/modules';
import { fieldOf, uniqueFieldsOf } from '../metadata/registry';
import type { StoredPreference } from '../store/types';

const ROOT = '$.duplicate_check_preference';
const invalid = (apiName: string, path: string, message = 'invalid data'): never =>
  fail(400, 'INVALID_DATA', message, { api_name: apiName, json_path: path });

/** Only Leads has a duplicate check preference. */
const leadsOnly = (c: Ctx) => {
  const name = c.req.query('module') ?? requiredParam('module');
  if (name.toLowerCase() !== 'leads')
    fail(400, 'INVALID_MODULE', 'the module name given seems to be invalid.', {
      param_name: 'module',
      param: name,
    });
  return findModule('Leads') ?? fail(500, 'INTERNAL_ERROR', 'Internal server error occurred.');
};

const parsePreference = (c: Ctx, body: Record<string, unknown>): StoredPreference => {
  const store = c.get('store');
  const leads = leadsOnly(c);
  const input = body.duplicate_check_preference as Record<string, unknown> | undefined;
  if (typeof input !== 'object' || input === null)
    return fail(400, 'MANDATORY_NOT_FOUND', 'required field not found', {
      api_name: 'duplicate_check_preference',
      json_path: ROOT,
    });
  if (uniqueFieldsOf(store, leads).length === 0)
    invalid('type', `${ROOT}.type`, 'at least one field must be marked unique in Leads');
  if (input.type === 'converted_records') return { type: 'converted_records', type_configurations: [] };
  if (input.type !== 'mapped_module_records') return invalid('type', `${ROOT}.type`);
  const configs = input.type_configurations;
  if (!Array.isArray(configs) || configs.length === 0)
    return fail(400, 'MANDATORY_NOT_FOUND', 'required field not found', {
      api_name: 'type_configurations',
      json_path: `${ROOT}.type_configurations`,
    });
  return {
    type: 'mapped_module_records',
    type_configurations: configs.map((config: Record<string, unknown>, i) => {
      const at = `${ROOT}.type_configurations[${i}]`;
      const mapped = findModule(String((config.mapped_module as { api_name?: unknown })?.api_name ?? ''));
      if (mapped?.apiName !== 'Contacts') invalid('mapped_module', `${at}.mapped_module`);
      const contacts = mapped as NonNullable<typeof mapped>;
      const mappings = Array.isArray(config.field_mappings) ? config.field_mappings : [];
      if (mappings.length === 0) invalid('field_mappings', `${at}.field_mappings`);
      return {
        mapped_module: { api_name: contacts.apiName, id: contacts.id, name: contacts.apiName },
        field_mappings: mappings.map((m: Record<string, Record<string, unknown>>, j) => {
          const current = fieldOf(store, leads, String(m.current_field?.api_name ?? ''));
          const target = fieldOf(store, contacts, String(m.mapped_field?.api_name ?? ''));
          if (!current) return invalid('current_field', `${at}.field_mappings[${j}].current_field`);
          if (!target || target.dataType !== current.dataType)
            return invalid('mapped_field', `${at}.field_mappings[${j}].mapped_field`);
          return {
            current_field: { api_name: current.apiName, id: current.id, name: leads.apiName },
            mapped_field: { api_name: target.apiName, id: target.id, name: contacts.apiName },
          };
        }),
      };
    }),
  };
};

const success = (c: Ctx, message: string) =>
  c.json({ duplicate_check_preference: { code: 'SUCCESS', details: {}, message, status: 'success' } });

export const registerDuplicatePreference = (app: Hono<SandboxEnv>): void => {
  const path = '/crm/v8/settings/duplicate_check_preference';
  app.get(path, (c) => {
    leadsOnly(c);
    const preference = c.get('store').preference('Leads');
    // Zoho answers 204 when the preference is off.
    return preference ? c.json({ duplicate_check_preference: preference }) : noContent(c);
  });
  const save = (mode: 'create' | 'update') => async (c: Ctx) => {
    const body = await readJson(c);
    const preference = parsePreference(c, body);
    const store = c.get('store');
    const exists = store.preference('Leads') !== null;
    if (mode === 'create' && exists)
      invalid('type', `${ROOT}.type`, 'duplicate check preference is already enabled');
    if (mode === 'update' && !exists)
      invalid('type', `${ROOT}.type`, 'duplicate check preference is not enabled');
    store.transaction(() => store.setPreference('Leads', preference));
    const verb = mode === 'create' ? 'enabled' : 'updated';
    return success(c, `Duplicate check ${verb} for ${preference.type} successfully.`);
  };
  app.post(path, save('create'));
  app.put(path, save('update'));
  app.delete(path, (c) => {
    leadsOnly(c);
    const store = c.get('store');
    if (!store.preference('Leads'))
      return invalid('module', '$.module', 'duplicate check preference is not enabled');
    store.transaction(() => store.setPreference('Leads', null));
    return success(c, 'Duplicate check disabled successfully.');
  });
};
