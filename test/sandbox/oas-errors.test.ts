import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_LEAD } from '../../src/sandbox/seed';
import { expectMatchesOas, type OasTarget } from './support/oas';
import { type Sandbox, startSandbox } from './support/oas-sandbox';

const RECORD: OasTarget = { file: 'record.json', path: '/crm/v8/{module_api_name}/{id}', method: 'get' };
const RECORDS: OasTarget = { file: 'record.json', path: '/crm/v8/{module_api_name}', method: 'post' };
const SEARCH: OasTarget = { file: 'module_search.json', path: '/crm/v8/{module}/search', method: 'get' };
const options = (o: Record<string, unknown>) => ({ 'X-Sandbox-Options': JSON.stringify(o) });

let sb: Sandbox;
beforeEach(() => {
  sb = startSandbox();
});

describe('error bodies match Zoho’s OpenAPI schemas', () => {
  it.each<[string, string, string, Record<string, string>, number, string, OasTarget]>([
    ['an unknown path', 'GET', 'Leads/1/actions/fly', {}, 404, 'INVALID_URL_PATTERN', RECORD],
    [
      'a spent request budget',
      'GET',
      `Leads/${DEMO_LEAD.id}`,
      options({ requestBudget: 0 }),
      429,
      'TOO_MANY_REQUESTS',
      RECORD,
    ],
    [
      'an injected server error',
      'GET',
      `Leads/${DEMO_LEAD.id}`,
      options({ errorRate: 1 }),
      500,
      'INTERNAL_ERROR',
      RECORD,
    ],
    [
      'a search without criteria, email, phone or word',
      'GET',
      'Leads/search',
      {},
      400,
      'EXPECTED_PARAM_MISSING',
      SEARCH,
    ],
  ])('answers %s', async (_name, method, path, headers, status, code, target) => {
    const res = await sb.call(method, path, { headers });
    expect(res.status).toBe(status);
    expect(await expectMatchesOas(res, target)).toMatchObject({ code, status: 'error' });
  });

  it('answers a write of more than 100 records with a documented error', async () => {
    const data = Array.from({ length: 101 }, (_, i) => ({ Last_Name: `Bulk ${i}` }));
    const res = await sb.call('POST', 'Leads', { body: { data } });
    expect(res.status).toBe(400);
    expect(await expectMatchesOas(res, RECORDS)).toMatchObject({ status: 'error' });
  });

  it('answers a record without its mandatory field with MANDATORY_NOT_FOUND', async () => {
    const res = await sb.call('POST', 'Leads', { body: { data: [{ First_Name: 'Nameless' }] } });
    expect(res.status).toBe(400);
    const body = (await expectMatchesOas(res, RECORDS)) as { data: { code: string }[] };
    expect(body.data[0]?.code).toBe('MANDATORY_NOT_FOUND');
  });
});
