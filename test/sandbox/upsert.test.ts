import { describe, expect, it } from 'vitest';
import { duplicateCheckOrder } from '../../src/sandbox/rules/duplicate-order';
import { makeSandbox } from './support/sandbox-harness';

describe('duplicate_check_fields order (Kaizen #56)', () => {
  it.each([
    [['u1'], ['u1', 'u2']],
    [['u2'], ['u2', 'u1']],
    [
      ['u1', 'u2'],
      ['u1', 'u2'],
    ],
    [['Email'], ['Email', 'u1', 'u2']],
    [undefined, ['Email', 'u1', 'u2']],
  ])('list %j checks %j', (list, order) => {
    expect(duplicateCheckOrder('Email', ['u1', 'u2'], list)).toEqual(order);
  });
});

describe('upsert', () => {
  it('reproduces the docs sample: the first record updates by Email, the second is inserted', async () => {
    const { insert, call, idOf, tick } = makeSandbox();
    const existing = idOf(await insert('Leads', { Last_Name: 'Frey (Sample)', Email: 'frey@sample.com' }));
    tick(60_000);
    const res = await call('POST', 'Leads/upsert', {
      body: {
        data: [
          { Last_Name: 'Frey (Sample)', Email: 'frey@sample.com', Company: 'abc' },
          { Last_Name: 'New Lead', First_Name: 'CRM Lead', Email: 'newlead@zoho.com', Mobile: '7685635434' },
        ],
        duplicate_check_fields: ['Email'],
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({
      code: 'SUCCESS',
      duplicate_field: 'Email',
      action: 'update',
      message: 'record updated',
      status: 'success',
    });
    expect(res.body.data[0].details.id).toBe(existing);
    expect(res.body.data[0].details.Created_Time).toBe('2025-02-08T09:43:08-08:00');
    expect(res.body.data[0].details.Modified_Time).toBe('2025-02-08T09:44:08-08:00');
    expect(res.body.data[1]).toMatchObject({
      code: 'SUCCESS',
      duplicate_field: null,
      action: 'insert',
      message: 'record added',
    });
  });

  it('stops checking the system field when the list leaves it out, inserting a duplicate email', async () => {
    const { insert, call } = makeSandbox({}, [['Leads', 'Phone']]);
    await insert('Leads', { Last_Name: 'A', Email: 'same@x.com', Phone: '111' });
    const res = await call('POST', 'Leads/upsert', {
      body: {
        data: [{ Last_Name: 'B', Email: 'same@x.com', Phone: '222' }],
        duplicate_check_fields: ['Phone'],
      },
    });
    expect(res.body.data[0]).toMatchObject({ action: 'insert', duplicate_field: null });
  });

  it('updates the record the first matching field picks, even when a later field points elsewhere', async () => {
    const { insert, call, idOf } = makeSandbox({}, [['Leads', 'Phone']]);
    const byPhone = idOf(await insert('Leads', { Last_Name: 'P', Phone: '555' }));
    await insert('Leads', { Last_Name: 'E', Email: 'e@x.com' });
    const res = await call('POST', 'Leads/upsert', {
      body: {
        data: [{ Last_Name: 'N', Email: 'e@x.com', Phone: '555' }],
        duplicate_check_fields: ['Phone', 'Email'],
      },
    });
    expect(res.body.data[0]).toMatchObject({
      action: 'update',
      duplicate_field: 'Phone',
      details: { id: byPhone },
    });
  });

  it('answers DUPLICATE_DATA when the update would clash on another unique field', async () => {
    const { insert, call } = makeSandbox({}, [
      ['Leads', 'Email'],
      ['Leads', 'Phone'],
    ]);
    await insert('Leads', { Last_Name: 'A', Email: 'a@x.com', Phone: '111' });
    await insert('Leads', { Last_Name: 'B', Email: 'b@x.com', Phone: '222' });
    const res = await call('POST', 'Leads/upsert', {
      body: { data: [{ Last_Name: 'A', Email: 'a@x.com', Phone: '222' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body.data[0]).toMatchObject({ code: 'DUPLICATE_DATA', details: { api_name: 'Phone' } });
  });

  it('refuses a duplicate_check_fields entry that is neither the system field nor unique', async () => {
    const { call } = makeSandbox();
    const res = await call('POST', 'Leads/upsert', {
      body: { data: [{ Last_Name: 'A' }], duplicate_check_fields: ['City'] },
    });
    expect([res.status, res.body.code]).toEqual([400, 'INVALID_DATA']);
  });
});
