import { describe, expect, it } from 'vitest';
import { makeSandbox } from './support/sandbox-harness';

const fieldId = async (
  call: ReturnType<typeof makeSandbox>['call'],
  module: string,
  api: string,
): Promise<string> =>
  (await call('GET', `settings/fields?module=${module}`)).body.fields.find(
    (f: { api_name: string }) => f.api_name === api,
  ).id;

describe('modules and fields', () => {
  it('lists Leads, Contacts, Accounts, Deals and a custom module', async () => {
    const { call } = makeSandbox();
    const names = (await call('GET', 'settings/modules')).body.modules.map(
      (m: { api_name: string }) => m.api_name,
    );
    expect(names).toEqual(['Leads', 'Contacts', 'Accounts', 'Deals', 'Partners']);
  });

  it('writes unique as {case_sensitive:false} on unique fields and {} elsewhere', async () => {
    const { call } = makeSandbox({}, [['Leads', 'Email']]);
    const fields = (await call('GET', 'settings/fields?module=Leads')).body.fields;
    const byName = (n: string) => fields.find((f: { api_name: string }) => f.api_name === n);
    expect(byName('Email').unique).toEqual({ case_sensitive: false });
    expect(byName('Phone').unique).toEqual({});
    expect(byName('Lead_Source').data_type).toBe('picklist');
  });

  it('makes a phone field unique through PATCH settings/fields/{id}', async () => {
    const { call } = makeSandbox();
    const id = await fieldId(call, 'Leads', 'Phone');
    const res = await call('PATCH', `settings/fields/${id}?module=Leads`, {
      body: { fields: [{ unique: { case_sensitive: false } }] },
    });
    expect(res.body.fields[0].code).toBe('SUCCESS');
    const phone = (await call('GET', `settings/fields/${id}?module=Leads`)).body.fields[0];
    expect(phone.unique).toEqual({ case_sensitive: false });
  });

  it('refuses to make a picklist unique, and a field whose values already repeat', async () => {
    const { call, insert } = makeSandbox();
    const picklist = await call(
      'PATCH',
      `settings/fields/${await fieldId(call, 'Leads', 'Lead_Source')}?module=Leads`,
      {
        body: { fields: [{ unique: { case_sensitive: false } }] },
      },
    );
    expect([picklist.status, picklist.body.fields[0].code]).toEqual([400, 'INVALID_DATA']);
    await insert('Leads', { Last_Name: 'A', City: 'Austin' }, { Last_Name: 'B', City: 'AUSTIN' });
    const repeated = await call(
      'PATCH',
      `settings/fields/${await fieldId(call, 'Leads', 'City')}?module=Leads`,
      {
        body: { fields: [{ unique: { case_sensitive: false } }] },
      },
    );
    expect(repeated.status).toBe(400);
  });
});

describe('org variables', () => {
  it('creates a variable on first PUT and reads it back by api name', async () => {
    const { call } = makeSandbox();
    const put = await call('PUT', 'settings/variables', {
      body: { variables: [{ api_name: 'dp_settings', value: '{"mode":"warn"}' }] },
    });
    expect(put.status).toBe(201);
    const got = await call('GET', 'settings/variables/dp_settings');
    expect(got.body.variables[0]).toMatchObject({ api_name: 'dp_settings', value: '{"mode":"warn"}' });
  });
});
