import { describe, expect, it } from 'vitest';
import { makeSandbox } from './support/sandbox-harness';

const mapped = {
  duplicate_check_preference: {
    type: 'mapped_module_records',
    type_configurations: [
      {
        field_mappings: [{ current_field: { api_name: 'Email' }, mapped_field: { api_name: 'Email' } }],
        mapped_module: { api_name: 'Contacts' },
      },
    ],
  },
};

describe('duplicate check preference', () => {
  it('answers 204 with an empty body while it is off', async () => {
    const { call } = makeSandbox();
    const res = await call('GET', 'settings/duplicate_check_preference?module=Leads');
    expect([res.status, res.text]).toEqual([204, '']);
  });

  it('refuses any module other than Leads', async () => {
    const { call } = makeSandbox({}, [['Leads', 'Email']]);
    const res = await call('POST', 'settings/duplicate_check_preference?module=Contacts', { body: mapped });
    expect(res.body.code).toBe('INVALID_MODULE');
  });

  it('reproduces Kaizen #177: an insert clashing with a Contact through the mapping', async () => {
    const { call, insert, idOf } = makeSandbox({}, [['Leads', 'Email']]);
    const contact = idOf(await insert('Contacts', { Last_Name: 'Dolan', Email: 'brian@villa.com' }));
    const saved = await call('POST', 'settings/duplicate_check_preference?module=Leads', { body: mapped });
    expect(saved.body.duplicate_check_preference.code).toBe('SUCCESS');
    const got = await call('GET', 'settings/duplicate_check_preference?module=Leads');
    expect(got.body.duplicate_check_preference.type_configurations[0].mapped_module.api_name).toBe(
      'Contacts',
    );
    const res = await insert('Leads', {
      Company: 'Villa Margarita',
      Last_Name: 'Dolan',
      First_Name: 'Brian',
      Email: 'brian@villa.com',
      Phone: '12345',
      State: 'Texas',
    });
    expect(res.body.data[0]).toMatchObject({
      code: 'DUPLICATE_DATA',
      details: {
        api_name: 'Email',
        json_path: '$.data[0].Email',
        duplicate_record: { module: { api_name: 'Contacts', id: '4876000000000002179' }, id: contact },
        more_records: false,
      },
    });
  });

  it('adds converted Leads to the check with converted_records, and stops when deleted', async () => {
    const { call, insert, idOf } = makeSandbox({}, [['Leads', 'Email']]);
    const id = idOf(await insert('Leads', { Last_Name: 'Old', Email: 'old@x.com' }));
    await call('POST', `Leads/${id}/actions/convert`, { body: { data: [{}] } });
    expect((await insert('Leads', { Last_Name: 'New', Email: 'old@x.com' })).status).toBe(201);
    await call('POST', 'settings/duplicate_check_preference?module=Leads', {
      body: { duplicate_check_preference: { type: 'converted_records' } },
    });
    const blocked = await insert('Leads', { Last_Name: 'Newer', Email: 'OLD@x.com' });
    expect(blocked.body.data[0].code).toBe('DUPLICATE_DATA');
    await call('DELETE', 'settings/duplicate_check_preference?module=Leads');
    expect((await call('GET', 'settings/duplicate_check_preference?module=Leads')).status).toBe(204);
  });
});
