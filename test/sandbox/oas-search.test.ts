import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DUPLICATES, DEMO_LEAD } from '../../src/sandbox/seed';
import { checkOasComponent, expectMatchesOas, type OasTarget } from './support/oas';
import { type Sandbox, SMALL_SEED, startSandbox } from './support/oas-sandbox';

const SEARCH: OasTarget = { file: 'module_search.json', path: '/crm/v8/{module}/search', method: 'get' };
const COQL: OasTarget = { file: 'coql.json', path: '/crm/v8/coql', method: 'post' };
const MERGE: OasTarget = {
  file: 'find_and_merge.json',
  path: '/crm/v8/{module}/{masterrecordid}/actions/merge',
  method: 'post',
};

type Rows = { data: { id: string; Email?: string }[]; info: { count: number; more_records: boolean } };

const convertedPair = SMALL_SEED.manifest.find((p) => p.kind === 'converted_lead_contact');
const nicknamePairs = SMALL_SEED.manifest.filter(
  (p) => p.kind === 'nickname' && p.original.id !== DEMO_LEAD.id,
);
const unconverted = SMALL_SEED.records.find(
  (r) => r.module === 'Leads' && !r.converted && r.id !== DEMO_LEAD.id,
);

let sb: Sandbox;
beforeEach(() => {
  sb = startSandbox();
});

describe('search, COQL, merge and convert responses match Zoho’s OpenAPI schemas', () => {
  it.each([
    ['criteria', `criteria=${encodeURIComponent(`(Email:equals:${DEMO_LEAD.values.Email})`)}`],
    ['email', `email=${encodeURIComponent(DEMO_LEAD.values.Email.toUpperCase())}`],
    ['phone', `phone=${DEMO_LEAD.values.Phone}`],
    ['word', 'word=Smith'],
  ])('finds the demo Lead by %s', async (_by, query) => {
    const body = (await expectMatchesOas(await sb.call('GET', `Leads/search?${query}`), SEARCH)) as Rows;
    expect(body.data.map((r) => r.id)).toContain(DEMO_LEAD.id);
  });

  it('answers 204 with an empty body when nothing matches', async () => {
    const res = await sb.call('GET', 'Leads/search?email=nobody%40nowhere.example');
    expect(res.status).toBe(204);
    await expectMatchesOas(res, SEARCH);
  });

  it('misses converted Leads unless asked, and finds them with converted=true', async () => {
    const query = `criteria=${encodeURIComponent(`(id:equals:${convertedPair?.original.id})`)}`;
    expect((await sb.call('GET', `Leads/search?${query}`)).status).toBe(204);
    const res = await sb.call('GET', `Leads/search?${query}&converted=true`);
    const body = (await expectMatchesOas(res, SEARCH)) as Rows;
    expect(body.data.map((r) => r.id)).toEqual([convertedPair?.original.id]);
  });

  it('refuses more than ten criteria with a documented error body', async () => {
    const criteria = Array.from({ length: 11 }, (_, i) => `(Last_Name:equals:x${i})`).join('or');
    const res = await sb.call('GET', `Leads/search?criteria=${encodeURIComponent(`(${criteria})`)}`);
    expect(res.status).toBe(400);
    expect(await expectMatchesOas(res, SEARCH)).toMatchObject({ status: 'error' });
  });

  it('answers a COQL select', async () => {
    const select_query = `select id, Email from Leads where (Email = '${DEMO_LEAD.values.Email}' or Phone = '${DEMO_LEAD.values.Phone}') limit 10`;
    const body = (await expectMatchesOas(
      await sb.call('POST', 'coql', { body: { select_query } }),
      COQL,
    )) as Rows;
    expect(body.data.map((r) => r.id)).toContain(DEMO_LEAD.id);
  });

  it('refuses a COQL query with three conditions not bracketed in pairs', async () => {
    const select_query = "select id from Leads where Email = 'a@b.c' or Phone = '1' or Mobile = '2' limit 5";
    const res = await sb.call('POST', 'coql', { body: { select_query } });
    expect(res.status).toBe(400);
    expect(await expectMatchesOas(res, COQL)).toMatchObject({ status: 'error' });
  });

  it('merges a master with a child and removes the child', async () => {
    const pair = nicknamePairs[0];
    const merge = [
      {
        master_record_fields: [{ api_name: 'First_Name' }],
        data: [{ id: pair?.duplicate.id, _fields: [{ api_name: 'Mobile' }] }],
      },
    ];
    const res = await sb.call('POST', `Leads/${pair?.original.id}/actions/merge`, { body: { merge } });
    await expectMatchesOas(res, MERGE);
    expect((await sb.call('GET', `Leads/${pair?.duplicate.id}`)).status).not.toBe(200);
  });

  it('converts a Lead into a Contact and Account', async () => {
    const res = await sb.call('POST', `Leads/${unconverted?.id}/actions/convert`, {
      body: { data: [{ overwrite: true }] },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: unknown[] };
    // Convert has no file among the shipped OAS; record.json's Success_Response lists its message and details.
    expect(checkOasComponent(body.data[0], 'record.json', 'Success_Response').errors).toEqual([]);
    expect(body.data[0]).toMatchObject({ details: { Contacts: { id: expect.any(String) } } });
  });

  it('shows the demo Lead’s Contact twin through a Contacts email search, case aside', async () => {
    const res = await sb.call('GET', `Contacts/search?email=${encodeURIComponent(DEMO_LEAD.values.Email)}`);
    const body = (await expectMatchesOas(res, SEARCH)) as Rows;
    expect(body.data.map((r) => r.id)).toContain(DEMO_DUPLICATES.emailCaseContact.id);
  });
});
