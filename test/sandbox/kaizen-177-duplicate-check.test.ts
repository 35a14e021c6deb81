import { describe, expect, it } from 'vitest';
import { ADMIN } from '../../src/sandbox/seed';
import { expectMatchesOas } from './support/oas';
import { type Sandbox, startSandbox } from './support/oas-sandbox';

/** Kaizen #177 (seeds/000): the Leads duplicate check preference blocks inserts and updates with DUPLICATE_DATA. */
const BRIAN = {
  Company: 'Villa Margarita',
  Last_Name: 'Dolan',
  First_Name: 'Brian',
  Email: 'brian@villa.com',
  Phone: '12345',
  State: 'Texas',
};
const INSERT = { file: 'record.json', path: '/crm/v8/{module_api_name}', method: 'post' } as const;
const UPDATE = { file: 'record.json', path: '/crm/v8/{module_api_name}', method: 'put' } as const;

const mappedTo = (field: string) => ({
  type: 'mapped_module_records',
  type_configurations: [
    {
      field_mappings: [{ current_field: { api_name: field }, mapped_field: { api_name: field } }],
      mapped_module: { api_name: 'Contacts' },
    },
  ],
});

type Existing = 'contact' | 'contact with only the phone' | 'converted lead';
type Item = {
  code: string;
  details: { api_name?: string; duplicate_record?: { module: { api_name: string }; id: string } };
};

const post = async (sb: Sandbox, path: string, body: unknown) => {
  const res = await sb.call('POST', path, { body });
  if (res.status >= 300) throw new Error(`setup ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { data: { details: { id: string } }[] };
};

/** Creates the record the preference should find, the way Zylker's data came to hold it. */
const plant = async (sb: Sandbox, existing: Existing): Promise<string> => {
  if (existing === 'converted lead') {
    const lead = await post(sb, 'Leads', { data: [{ ...BRIAN, Phone: '67890' }] });
    const id = lead.data[0]?.details.id ?? '';
    await post(sb, `Leads/${id}/actions/convert`, { data: [{ overwrite: true }] });
    return id;
  }
  const values = existing === 'contact' ? BRIAN : { ...BRIAN, Email: 'brian.dolan@elsewhere.example' };
  const contact = await post(sb, 'Contacts', { data: [{ ...values, Company: undefined, State: undefined }] });
  return contact.data[0]?.details.id ?? '';
};

const setPreference = async (sb: Sandbox, preference: unknown) => {
  if (preference !== null)
    await post(sb, 'settings/duplicate_check_preference?module=Leads', {
      duplicate_check_preference: preference,
    });
};

describe('Kaizen #177: the duplicate check preference on insert and update', () => {
  it('answers the exact DUPLICATE_DATA of the post when a Contact has the email', async () => {
    const sb = startSandbox();
    const contactId = await plant(sb, 'contact');
    await setPreference(sb, mappedTo('Email'));
    const res = await sb.call('POST', 'Leads', { body: { data: [BRIAN] } });
    expect(res.status).toBe(400);
    const body = await expectMatchesOas(res, INSERT);
    expect(body).toEqual({
      data: [
        {
          code: 'DUPLICATE_DATA',
          details: {
            api_name: 'Email',
            duplicate_record: {
              Owner: { name: ADMIN.name, id: ADMIN.id, zuid: ADMIN.zuid },
              module: { api_name: 'Contacts', id: expect.stringMatching(/^\d+$/) },
              id: contactId,
            },
            json_path: '$.data[0].Email',
            more_records: false,
          },
          message: 'duplicate data',
          status: 'error',
        },
      ],
    });
  });

  it.each<[string, unknown, Existing, 'insert' | 'update', string | null, string | null]>([
    ['no preference lets a Contact’s email through', null, 'contact', 'insert', null, null],
    ['the Email mapping blocks an update too', mappedTo('Email'), 'contact', 'update', 'Email', 'Contacts'],
    [
      'the Phone mapping of the post’s second sample blocks on Phone',
      mappedTo('Phone'),
      'contact with only the phone',
      'insert',
      'Phone',
      'Contacts',
    ],
    [
      'converted_records blocks on a converted Lead’s email',
      { type: 'converted_records' },
      'converted lead',
      'insert',
      'Email',
      'Leads',
    ],
    ['no preference ignores converted Leads', null, 'converted lead', 'insert', null, null],
  ])('%s', async (_name, preference, existing, op, field, module) => {
    const sb = startSandbox();
    const existingId = await plant(sb, existing);
    await setPreference(sb, preference);
    let res: Response;
    if (op === 'insert') res = await sb.call('POST', 'Leads', { body: { data: [BRIAN] } });
    else {
      const other = await post(sb, 'Leads', {
        data: [{ Last_Name: 'Someone', Email: 'someone@else.example' }],
      });
      const id = other.data[0]?.details.id;
      res = await sb.call('PUT', 'Leads', {
        body: { data: [{ id, Email: BRIAN.Email, Phone: BRIAN.Phone }] },
      });
    }
    const body = (await expectMatchesOas(res, op === 'insert' ? INSERT : UPDATE)) as { data: Item[] };
    if (field === null) {
      expect(res.status).toBeLessThan(300);
      expect(body.data[0]?.code).toBe('SUCCESS');
      return;
    }
    expect(res.status).toBe(400);
    expect(body.data[0]).toMatchObject({
      code: 'DUPLICATE_DATA',
      details: { api_name: field, duplicate_record: { module: { api_name: module }, id: existingId } },
    });
  });
});
