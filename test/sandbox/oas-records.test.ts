import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_LEAD, REP_1 } from '../../src/sandbox/seed';
import { expectMatchesOas, type OasTarget } from './support/oas';
import { type Sandbox, SMALL_SEED, startSandbox } from './support/oas-sandbox';

const RECORD: OasTarget = { file: 'record.json', path: '/crm/v8/{module_api_name}/{id}', method: 'get' };
const RECORDS = (method: string): OasTarget => ({
  file: 'record.json',
  path: '/crm/v8/{module_api_name}',
  method,
});
const UPSERT: OasTarget = { file: 'record.json', path: '/crm/v8/{module_api_name}/upsert', method: 'post' };

type Item = { code: string; status: string; details: Record<string, unknown>; action?: string };
type Data = { data: Item[] };

const rep1Lead = SMALL_SEED.records.find(
  (r) => r.module === 'Leads' && r.ownerId === REP_1.id && r.id !== DEMO_LEAD.id,
);
const aContact = SMALL_SEED.records.find((r) => r.module === 'Contacts');

let sb: Sandbox;
beforeEach(() => {
  sb = startSandbox();
});

describe('record responses match Zoho’s OpenAPI schemas', () => {
  it('gets one record', async () => {
    const body = (await expectMatchesOas(await sb.call('GET', `Leads/${DEMO_LEAD.id}`), RECORD)) as Data;
    expect(body.data[0]).toMatchObject({ id: DEMO_LEAD.id, Email: DEMO_LEAD.values.Email });
  });

  it('lists records with paging info', async () => {
    const res = await sb.call('GET', 'Leads?fields=First_Name,Last_Name,Email&per_page=5');
    expect(res.status).toBe(200);
    const body = (await expectMatchesOas(res, RECORDS('get'))) as Data & { info: unknown };
    expect(body.data).toHaveLength(5);
    expect(body.info).toMatchObject({ per_page: 5, more_records: true });
  });

  it('inserts records with 201', async () => {
    const res = await sb.call('POST', 'Leads', {
      body: { data: [{ Last_Name: 'Nguyen', Email: 'nguyen@new.example' }] },
    });
    expect(res.status).toBe(201);
    const body = (await expectMatchesOas(res, RECORDS('post'))) as Data;
    expect(body.data[0]).toMatchObject({ code: 'SUCCESS', status: 'success' });
  });

  it('answers DUPLICATE_DATA for an email that differs only in case, with 400', async () => {
    const email = DEMO_LEAD.values.Email.toUpperCase();
    const res = await sb.call('POST', 'Leads', { body: { data: [{ Last_Name: 'Smith', Email: email }] } });
    expect(res.status).toBe(400);
    const body = (await expectMatchesOas(res, RECORDS('post'))) as Data;
    expect(body.data[0]).toMatchObject({ code: 'DUPLICATE_DATA', details: { api_name: 'Email' } });
  });

  it('answers MULTIPLE_OR_MULTI_ERRORS when email and phone both clash', async () => {
    const { Email, Phone } = DEMO_LEAD.values;
    const res = await sb.call('POST', 'Leads', { body: { data: [{ Last_Name: 'Smith', Email, Phone }] } });
    const body = (await expectMatchesOas(res, RECORDS('post'))) as Data;
    expect(body.data[0]?.code).toBe('MULTIPLE_OR_MULTI_ERRORS');
  });

  it('answers 207 for a batch that partly fails', async () => {
    const data = [
      { Last_Name: 'Fresh', Email: 'fresh@new.example' },
      { Last_Name: 'Smith', Email: DEMO_LEAD.values.Email },
    ];
    const res = await sb.call('POST', 'Leads', { body: { data } });
    expect(res.status).toBe(207);
    await expectMatchesOas(res, RECORDS('post'));
  });

  it('updates records, and answers ALREADY_MODIFIED with 412 behind If-Unmodified-Since', async () => {
    const data = [{ id: DEMO_LEAD.id, Designation: 'CTO' }];
    const ok = await sb.call('PUT', 'Leads', { body: { data } });
    expect(ok.status).toBe(200);
    await expectMatchesOas(ok, RECORDS('put'));
    const headers = { 'If-Unmodified-Since': '2001-01-01T00:00:00+00:00' };
    const stale = await sb.call('PUT', 'Leads', { body: { data }, headers });
    expect(stale.status).toBe(412);
    const body = (await expectMatchesOas(stale, RECORDS('put'))) as Data;
    expect(body.data[0]?.code).toBe('ALREADY_MODIFIED');
  });

  it('upserts: update on a matching email, insert otherwise', async () => {
    const data = [
      { Last_Name: 'Smith', Email: DEMO_LEAD.values.Email, Designation: 'VP' },
      { Last_Name: 'Okoye', Email: 'okoye@new.example' },
    ];
    const res = await sb.call('POST', 'Leads/upsert', { body: { data, duplicate_check_fields: ['Email'] } });
    const body = (await expectMatchesOas(res, UPSERT)) as Data;
    expect(body.data.map((d) => d.action)).toEqual(['update', 'insert']);
  });

  it('deletes records by ids', async () => {
    const res = await sb.call('DELETE', `Leads?ids=${rep1Lead?.id}`);
    expect(res.status).toBe(200);
    const body = (await expectMatchesOas(res, RECORDS('delete'))) as Data;
    expect(body.data[0]).toMatchObject({ code: 'SUCCESS', details: { id: rep1Lead?.id } });
  });

  it('refuses rep 2 a record another user owns with NO_PERMISSION', async () => {
    const res = await sb.call('GET', `Leads/${rep1Lead?.id}`, { token: 'sandbox-rep-2' });
    expect(res.status).toBe(403);
    const body = await expectMatchesOas(res, RECORD);
    expect(body).toMatchObject({ code: 'NO_PERMISSION', status: 'error' });
  });

  it.each([
    ['a missing token', null, 401, 'INVALID_TOKEN'],
    ['an unknown token', 'nope', 401, 'INVALID_TOKEN'],
  ])('answers %s with %i %s', async (_name, token, status, code) => {
    const res = await sb.call('GET', `Contacts/${aContact?.id}`, { token });
    expect(res.status).toBe(status);
    expect(await expectMatchesOas(res, RECORD)).toMatchObject({ code, status: 'error' });
  });

  it('answers INVALID_MODULE for a module that does not exist', async () => {
    const res = await sb.call('GET', 'Unicorns');
    expect(res.status).toBe(400);
    expect(await expectMatchesOas(res, RECORDS('get'))).toMatchObject({ code: 'INVALID_MODULE' });
  });
});
