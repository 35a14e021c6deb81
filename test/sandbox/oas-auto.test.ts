import { describe, expect, it } from 'vitest';
import { oasProblem, validatingFetch } from './support/oas-auto';
import { routeOf } from './support/oas-route';
import { makeSandbox } from './support/sandbox-harness';

const URL_BASE = 'http://sandbox.test/crm/v8/';

describe('routeOf', () => {
  it.each([
    ['GET', 'Leads/search', 'module_search.json', '/crm/v8/{module}/search'],
    ['GET', 'Leads/4876000000000000001', 'record.json', '/crm/v8/{module_api_name}/{id}'],
    ['POST', 'Leads/upsert', 'record.json', '/crm/v8/{module_api_name}/upsert'],
    ['POST', 'Leads', 'record.json', '/crm/v8/{module_api_name}'],
    ['GET', 'settings/fields', 'fields.json', '/crm/v8/settings/fields'],
    ['PATCH', 'settings/fields/4876000000000000001', 'fields.json', '/crm/v8/settings/fields/{field}'],
    ['GET', 'settings/modules', 'modules.json', '/crm/v8/settings/modules'],
    [
      'GET',
      'settings/duplicate_check_preference',
      'duplicate_check_preference.json',
      '/crm/v8/settings/duplicate_check_preference',
    ],
    ['POST', 'coql', 'coql.json', '/crm/v8/coql'],
    ['GET', 'users', 'users.json', '/crm/v8/users'],
    ['GET', 'org', 'org.json', '/crm/v8/org'],
    [
      'POST',
      'Leads/1/actions/merge',
      'find_and_merge.json',
      '/crm/v8/{module}/{masterrecordid}/actions/merge',
    ],
  ])('maps %s %s to %s %s', (method, path, file, template) => {
    expect(routeOf(method, `/crm/v8/${path}`).target).toEqual({
      file,
      path: template,
      method: method.toLowerCase(),
    });
  });

  it('maps Leads convert to no operation, as a listed undocumented one', () => {
    expect(routeOf('POST', '/crm/v8/Leads/1/actions/convert')).toEqual({ target: null, undocumented: true });
  });

  it('maps a path no file has to no operation, unlisted', () => {
    expect(routeOf('GET', '/crm/v8/Leads/1/2/3/4')).toEqual({ target: null, undocumented: false });
  });
});

describe('the automatic check', () => {
  it('fails a test through the harness when the sandbox writes a wrong body', async () => {
    // A clock 30,000 years ahead makes the sandbox write a five-digit year where Zoho writes a date-time.
    const { call } = makeSandbox({ now: () => 1e15 });
    await expect(call('POST', 'Leads', { body: { data: [{ Last_Name: 'Febrl' }] } })).rejects.toThrow(
      /POST \/crm\/v8\/Leads -> 201 does not match record\.json POST \/crm\/v8\/\{module_api_name\}[\s\S]*ajv/,
    );
  });

  it('passes the same call with a working clock', async () => {
    const { call } = makeSandbox();
    expect((await call('POST', 'Leads', { body: { data: [{ Last_Name: 'Febrl' }] } })).status).toBe(201);
  });

  it('fails a 204 with a body and a success no shipped file documents', () => {
    expect(oasProblem('GET', `${URL_BASE}Leads/search`, 204, '{"data":[]}')).toMatch(/204 carries a body/);
    expect(oasProblem('GET', `${URL_BASE}Leads/1/2`, 200, '{"data":[]}')).toMatch(/no shipped OAS file/);
  });

  it('holds an undocumented operation to the request-level error shape', () => {
    const convert = `${URL_BASE}Leads/1/actions/convert`;
    expect(oasProblem('POST', convert, 200, '{"data":[]}')).toBeNull();
    expect(oasProblem('POST', convert, 400, '{"code":"INVALID_DATA","status":"error"}')).toMatch(
      /API_Exception/,
    );
  });

  it('checks through a wrapped fetch, and names the src/zoho issues', async () => {
    const wrong = { data: [{ status: 'success', action: 'insert' }] };
    const fetch = validatingFetch(async () => Response.json(wrong, { status: 201 }));
    await expect(fetch(`${URL_BASE}Leads/upsert`, { method: 'POST' })).rejects.toThrow(/ajv[\s\S]*src\/zoho/);
  });
});
