import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOas, expectMatchesOas, OAS_DIR, type OasTarget } from './support/oas';
import { wireIssues } from './support/oas-wire';

const INSERT: OasTarget = { file: 'record.json', path: '/crm/v8/{module_api_name}', method: 'post' };
const UPSERT: OasTarget = { file: 'record.json', path: '/crm/v8/{module_api_name}/upsert', method: 'post' };

const user = { name: 'Patricia Boyle', id: '4150868000000225013' };
/** The upsert sample response from Zoho's docs (seeds/002). */
const docsUpsertSample = {
  data: [
    {
      code: 'SUCCESS',
      duplicate_field: 'Email',
      action: 'update',
      details: {
        Modified_Time: '2020-10-14T10:31:43+05:30',
        Modified_By: user,
        Created_Time: '2019-09-11T16:21:15+05:30',
        id: '4150868000000376008',
        Created_By: user,
      },
      message: 'record updated',
      status: 'success',
    },
    {
      code: 'SUCCESS',
      duplicate_field: null,
      action: 'insert',
      details: {
        Modified_Time: '2020-10-14T10:31:43+05:30',
        Modified_By: user,
        Created_Time: '2020-10-14T10:31:43+05:30',
        id: '4150868000003194003',
        Created_By: user,
      },
      message: 'record added',
      status: 'success',
    },
  ],
};
/** Kaizen #177's DUPLICATE_DATA answer to an insert (seeds/000). */
const kaizenDuplicate = {
  data: [
    {
      code: 'DUPLICATE_DATA',
      details: {
        api_name: 'Email',
        duplicate_record: {
          Owner: { name: 'Patricia Boyle', id: '5725767000000411001', zuid: '808233918' },
          module: { api_name: 'Contacts', id: '5725767000000002179' },
          id: '5725767000000774010',
        },
        json_path: '$.data[0].Email',
        more_records: false,
      },
      message: 'duplicate data',
      status: 'error',
    },
  ],
};

describe('expectMatchesOas', () => {
  it("accepts Zoho's own sample responses", async () => {
    await expectMatchesOas({ status: 200, body: docsUpsertSample }, UPSERT);
    await expectMatchesOas({ status: 400, body: kaizenDuplicate }, INSERT);
  });

  it.each([
    ['a success with an unknown action', { data: [{ ...docsUpsertSample.data[1], action: 'merge' }] }],
    [
      'a created time that is not a date-time',
      {
        data: [
          {
            ...docsUpsertSample.data[1],
            details: { ...docsUpsertSample.data[1]?.details, Created_Time: 'yesterday' },
          },
        ],
      },
    ],
    [
      'an owner id that is a number',
      {
        data: [
          {
            ...kaizenDuplicate.data[0],
            details: { ...kaizenDuplicate.data[0]?.details, duplicate_record: { Owner: { id: 5 } } },
          },
        ],
      },
    ],
    ['a status Zoho never writes', { data: [{ ...kaizenDuplicate.data[0], status: 'failed' }] }],
    ['data that is not an array', { data: { code: 'SUCCESS' } }],
  ])('rejects %s', (_name, body) => {
    expect(checkOas(body, 200, UPSERT).valid).toBe(false);
  });

  it('rejects a request-level error without its code, whatever status it comes with', () => {
    const body = { status: 'error', message: 'invalid oauth token', details: {} };
    expect(checkOas(body, 401, INSERT).valid).toBe(false);
    expect(checkOas({ ...body, code: 'INVALID_TOKEN' }, 401, INSERT).valid).toBe(true);
  });

  it("also holds bodies to the product's own zod schema", () => {
    expect(wireIssues(UPSERT, docsUpsertSample)).toEqual([]);
    expect(wireIssues(UPSERT, { data: [{ status: 'success', action: 'insert' }] })).not.toEqual([]);
  });

  it('fails a 204 that carries a body', async () => {
    await expect(expectMatchesOas({ status: 204, body: { data: [] } }, INSERT)).rejects.toThrow();
  });

  // Compiles every schema of every file at once: well under a second idle, past 5 s on a machine busy elsewhere.
  it('compiles every documented JSON response schema of every shipped file', { timeout: 30_000 }, () => {
    const methods = ['get', 'post', 'put', 'patch', 'delete'];
    let compiled = 0;
    for (const file of readdirSync(OAS_DIR).filter((f) => f.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(join(OAS_DIR, file), 'utf8')) as {
        paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>>;
      };
      for (const [path, ops] of Object.entries(doc.paths)) {
        for (const method of methods.filter((m) => ops[m]?.responses)) {
          for (const [status, response] of Object.entries(ops[method]?.responses ?? {})) {
            const json = (response.content as Record<string, unknown> | undefined)?.['application/json'];
            if (!json && !('$ref' in response)) continue;
            checkOas({}, Number(status), { file, path, method });
            compiled++;
          }
        }
      }
    }
    expect(compiled).toBeGreaterThan(40);
  });
});
