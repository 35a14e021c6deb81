import { describe, expect, it } from 'vitest';
import { makeSandbox } from './support/sandbox-harness';

const upsert = (data: Record<string, unknown>[]) => ({ data, duplicate_check_fields: ['Email'] });

describe('an upsert whose records share a duplicate check value', () => {
  it('refuses the later record with DUPLICATE_DATA pointing at the record the earlier one created (207)', async () => {
    const { call } = makeSandbox({}, [['Contacts', 'Email']]);
    const res = await call('POST', 'Contacts/upsert', {
      body: upsert([
        { Last_Name: 'One', Email: 'same@x.io' },
        { Last_Name: 'Two', Email: 'SAME@x.io' },
      ]),
    });
    expect(res.status).toBe(207);
    const [first, second] = res.body.data;
    expect(first).toMatchObject({ code: 'SUCCESS', action: 'insert' });
    expect(second).toMatchObject({
      code: 'DUPLICATE_DATA',
      details: {
        api_name: 'Email',
        json_path: '$.data[1].Email',
        duplicate_record: { id: first.details.id },
      },
    });
  });

  it('clashes on the system field even when no field is marked unique', async () => {
    const { call } = makeSandbox();
    const res = await call('POST', 'Contacts/upsert', {
      body: upsert([
        { Last_Name: 'One', Email: 'same@x.io' },
        { Last_Name: 'Two', Email: 'same@x.io' },
      ]),
    });
    expect(res.body.data[1].code).toBe('DUPLICATE_DATA');
  });

  it('updates the earlier record instead when the sandbox lets in-batch duplicates through', async () => {
    const { call } = makeSandbox({ inBatchDuplicates: 'allowed' });
    const res = await call('POST', 'Contacts/upsert', {
      body: upsert([
        { Last_Name: 'One', Email: 'same@x.io' },
        { Last_Name: 'Two', Email: 'same@x.io' },
      ]),
    });
    expect(res.body.data.map((d: { action: string }) => d.action)).toEqual(['insert', 'update']);
  });

  it('still updates a record that existed before the call, whichever record of the call names it', async () => {
    const { call, insert, idOf } = makeSandbox();
    const existing = idOf(await insert('Contacts', { Last_Name: 'Old', Email: 'old@x.io' }));
    const res = await call('POST', 'Contacts/upsert', {
      body: upsert([
        { Last_Name: 'A', Email: 'old@x.io' },
        { Last_Name: 'B', Email: 'old@x.io' },
      ]),
    });
    expect(res.body.data.map((d: { details: { id: string } }) => d.details.id)).toEqual([existing, existing]);
  });
});
