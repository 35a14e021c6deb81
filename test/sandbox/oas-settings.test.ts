import { beforeEach, describe, expect, it } from 'vitest';
import { readOrg } from '../../src/zoho/interpret';
import { expectMatchesOas, type OasTarget } from './support/oas';
import { type Sandbox, startSandbox } from './support/oas-sandbox';

const DCP = (method: string): OasTarget => ({
  file: 'duplicate_check_preference.json',
  path: '/crm/v8/settings/duplicate_check_preference',
  method,
});
const VARIABLES = (method: string): OasTarget => ({
  file: 'variables.json',
  path: '/crm/v8/settings/variables',
  method,
});

type Field = { api_name: string; id: string; unique?: unknown; data_type: string };

let sb: Sandbox;
beforeEach(() => {
  sb = startSandbox();
});

describe('settings responses match Zoho’s OpenAPI schemas', () => {
  it('lists modules, Deals with its Potentials tab', async () => {
    const target = { file: 'modules.json', path: '/crm/v8/settings/modules', method: 'get' };
    const body = (await expectMatchesOas(await sb.call('GET', 'settings/modules'), target)) as {
      modules: { api_name: string; module_name?: string }[];
    };
    expect(body.modules.map((m) => m.api_name)).toEqual(
      expect.arrayContaining(['Leads', 'Contacts', 'Accounts', 'Deals']),
    );
  });

  it('lists fields with `unique` written as Zoho writes it', async () => {
    const target = { file: 'fields.json', path: '/crm/v8/settings/fields', method: 'get' };
    const body = (await expectMatchesOas(await sb.call('GET', 'settings/fields?module=Leads'), target)) as {
      fields: Field[];
    };
    const byName = new Map(body.fields.map((f) => [f.api_name, f]));
    expect(byName.get('Email')?.unique).toEqual({ case_sensitive: false });
    expect(byName.get('Phone')?.unique).toEqual({ case_sensitive: false });
    expect(byName.get('Company')?.unique).toEqual({});
  });

  it('makes a field unique through the update-field call', async () => {
    const fields = (await (await sb.call('GET', 'settings/fields?module=Contacts')).json()) as {
      fields: Field[];
    };
    const mobile = fields.fields.find((f) => f.api_name === 'Mobile');
    const res = await sb.call('PATCH', `settings/fields/${mobile?.id}?module=Contacts`, {
      body: { fields: [{ unique: { case_sensitive: false } }] },
    });
    expect(res.status).toBe(200);
    await expectMatchesOas(res, {
      file: 'fields.json',
      path: '/crm/v8/settings/fields/{field}',
      method: 'patch',
    });
  });

  it('refuses to make unique a field whose values already repeat', async () => {
    const fields = (await (await sb.call('GET', 'settings/fields?module=Leads')).json()) as {
      fields: Field[];
    };
    const company = fields.fields.find((f) => f.api_name === 'Company');
    const res = await sb.call('PATCH', `settings/fields/${company?.id}?module=Leads`, {
      body: { fields: [{ unique: { case_sensitive: false } }] },
    });
    expect(res.status).toBe(400);
    await expectMatchesOas(res, {
      file: 'fields.json',
      path: '/crm/v8/settings/fields/{field}',
      method: 'patch',
    });
  });

  it('walks the duplicate check preference through off, create, read, update and delete', async () => {
    const off = await sb.call('GET', 'settings/duplicate_check_preference?module=Leads');
    expect(off.status).toBe(204);
    await expectMatchesOas(off, DCP('get'));

    const created = await sb.call('POST', 'settings/duplicate_check_preference?module=Leads', {
      body: { duplicate_check_preference: { type: 'converted_records' } },
    });
    expect(await expectMatchesOas(created, DCP('post'))).toMatchObject({
      duplicate_check_preference: { code: 'SUCCESS', status: 'success' },
    });

    const read = await sb.call('GET', 'settings/duplicate_check_preference?module=Leads');
    expect(await expectMatchesOas(read, DCP('get'))).toMatchObject({
      duplicate_check_preference: { type: 'converted_records' },
    });

    const mapped = {
      type: 'mapped_module_records',
      type_configurations: [
        {
          field_mappings: [{ current_field: { api_name: 'Email' }, mapped_field: { api_name: 'Email' } }],
          mapped_module: { api_name: 'Contacts' },
        },
      ],
    };
    const updated = await sb.call('PUT', 'settings/duplicate_check_preference?module=Leads', {
      body: { duplicate_check_preference: mapped },
    });
    await expectMatchesOas(updated, DCP('put'));

    const deleted = await sb.call('DELETE', 'settings/duplicate_check_preference?module=Leads');
    await expectMatchesOas(deleted, DCP('delete'));
    expect((await sb.call('GET', 'settings/duplicate_check_preference?module=Leads')).status).toBe(204);
  });

  it('refuses a duplicate check preference for a module other than Leads', async () => {
    const res = await sb.call('POST', 'settings/duplicate_check_preference?module=Deals', {
      body: { duplicate_check_preference: { type: 'converted_records' } },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await expectMatchesOas(res, DCP('post'))).toMatchObject({ status: 'error' });
  });

  it('tells a rep who they are', async () => {
    const target = { file: 'users.json', path: '/crm/v8/users', method: 'get' };
    const res = await sb.call('GET', 'users?type=CurrentUser', { token: 'sandbox-rep-1' });
    const body = (await expectMatchesOas(res, target)) as { users: { id: string; email: string }[] };
    expect(body.users).toHaveLength(1);
    expect(body.users[0]?.email).toBe('ray.holloway@zylker.example');
  });

  it('describes the org with its domain name', async () => {
    const res = await sb.call('GET', 'org');
    const body = (await expectMatchesOas(res, { file: 'org.json', path: '/crm/v8/org', method: 'get' })) as {
      org: { domain_name?: unknown }[];
    };
    expect(body.org[0]).toHaveProperty('domain_name');
  });

  it('describes the org’s license: its paid edition and user licenses, which the client reads', async () => {
    const res = await sb.call('GET', 'org');
    const body = (await expectMatchesOas(res, { file: 'org.json', path: '/crm/v8/org', method: 'get' })) as {
      org: { license_details?: Record<string, unknown> }[];
    };
    expect(body.org[0]?.license_details).toMatchObject({
      paid: true,
      paid_type: expect.any(String),
      users_license_purchased: expect.any(Number),
    });
    const org = readOrg(body, 'com');
    expect(org.ok && org.value).toMatchObject({ edition: 'enterprise', userLicenses: 10 });
  });

  it('creates, lists and updates org variables', async () => {
    const created = await sb.call('POST', 'settings/variables', {
      body: {
        variables: [{ api_name: 'dp_mode', name: 'Duplicate preview mode', type: 'text', value: 'warn' }],
      },
    });
    expect(created.status).toBe(201);
    await expectMatchesOas(created, VARIABLES('post'));
    const list = await sb.call('GET', 'settings/variables');
    const body = (await expectMatchesOas(list, VARIABLES('get'))) as {
      variables: { id: string; api_name: string }[];
    };
    const mode = body.variables.find((v) => v.api_name === 'dp_mode');
    const res = await sb.call('PUT', 'settings/variables', {
      body: { variables: [{ id: mode?.id, value: 'block' }] },
    });
    expect(await expectMatchesOas(res, VARIABLES('put'))).toMatchObject({ variables: [{ code: 'SUCCESS' }] });
  });
});
