import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bulkInsert, createSandbox, createStore, type SandboxOptions } from '../../src/sandbox/index';
import { checkOas } from './support/oas';

const JOBS = '/crm/bulk/v8/read';

const setup = (options: Partial<SandboxOptions> = {}, leads = 5) => {
  const store = createStore({ path: ':memory:' });
  bulkInsert(
    store,
    'Leads',
    Array.from({ length: leads }, (_, i) => ({ values: { Last_Name: `L${i}`, Email: `l${i}@x.io` } })),
  );
  const sandbox = createSandbox({ store, options });
  const send = (method: string, path: string, body?: unknown) =>
    sandbox.handleRequest(
      new Request(`http://sandbox.test${path}`, {
        method,
        headers: { Authorization: 'Zoho-oauthtoken sandbox-admin' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }),
    );
  const json = async (method: string, path: string, body?: unknown, template = path) => {
    const res = await send(method, path, body);
    const parsed = await res.json();
    const check = checkOas(parsed, res.status, {
      file: 'bulk_read.json',
      path: template,
      method: method.toLowerCase(),
    });
    return { status: res.status, body: parsed, check };
  };
  return { send, json };
};

const csvOf = async (res: Response) => {
  const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
  const [name, content] = Object.entries(files)[0] ?? ['', new Uint8Array()];
  return {
    name,
    rows: Papa.parse<Record<string, string>>(new TextDecoder().decode(content), { header: true }).data,
  };
};

describe('Bulk Read in the sandbox', () => {
  it('creates a job that is ADDED, then IN PROGRESS, then COMPLETED with a download, as bulk_read.json documents', async () => {
    const { json } = setup({ bulkReadPolls: 1 });
    const created = await json('POST', JOBS, {
      query: { module: { api_name: 'Leads' }, fields: ['Last_Name', 'Email'], page: 1 },
    });
    expect(created.status).toBe(201);
    expect(created.check.valid).toBe(true);
    expect(created.body.data[0]).toMatchObject({ code: 'ADDED_SUCCESSFULLY', details: { state: 'ADDED' } });
    const id = created.body.data[0].details.id;
    const first = await json('GET', `${JOBS}/${id}`, undefined, `${JOBS}/{job_id}`);
    expect(first.body.data[0].state).toBe('IN PROGRESS');
    const done = await json('GET', `${JOBS}/${id}`, undefined, `${JOBS}/{job_id}`);
    // bulk_read.json marks criteria and file_type required in the echoed query; a job made without them has none.
    const unasked = (e: { params: { missingProperty?: string } }) =>
      ['criteria', 'file_type'].includes(e.params.missingProperty ?? '');
    expect(done.check.errors.filter((e) => !unasked(e) && e.keyword !== 'anyOf')).toEqual([]);
    expect(done.body.data[0]).toMatchObject({
      state: 'COMPLETED',
      result: {
        page: 1,
        count: 5,
        per_page: 200_000,
        more_records: false,
        download_url: `${JOBS}/${id}/result`,
      },
    });
  });

  it('downloads a zip holding one CSV named after the job, Id first, one line per record', async () => {
    const { json, send } = setup({ bulkReadPolls: 0 });
    const created = await json('POST', JOBS, { query: { module: { api_name: 'Leads' }, fields: ['Email'] } });
    const id = created.body.data[0].details.id;
    await json('GET', `${JOBS}/${id}`, undefined, `${JOBS}/{job_id}`);
    const res = await send('GET', `${JOBS}/${id}/result`);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const { name, rows } = await csvOf(res);
    expect(name).toBe(`${id}.csv`);
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0] ?? {})).toEqual(['Id', 'Email']);
  });

  it('splits a module into pages of the page size, chained by next_page_token', async () => {
    const { json, send } = setup({ bulkReadPolls: 0, bulkReadPageSize: 2 });
    const ids: string[] = [];
    let token: string | undefined;
    for (let page = 1; page <= 3; page++) {
      const query = {
        module: { api_name: 'Leads' },
        fields: ['Email'],
        ...(token ? { page_token: token } : {}),
      };
      const id = (await json('POST', JOBS, { query })).body.data[0].details.id;
      const job = (await json('GET', `${JOBS}/${id}`, undefined, `${JOBS}/{job_id}`)).body.data[0];
      expect(job.result.more_records).toBe(page < 3);
      token = job.result.next_page_token;
      ids.push(...(await csvOf(await send('GET', `${JOBS}/${id}/result`))).rows.map((r) => r.Id ?? ''));
    }
    expect(new Set(ids).size).toBe(5);
  });

  it('answers RESOURCE_NOT_FOUND for an unknown job and for a result not ready yet', async () => {
    const { json } = setup({ bulkReadPolls: 3 });
    const missing = await json('GET', `${JOBS}/123`, undefined, `${JOBS}/{job_id}`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('RESOURCE_NOT_FOUND');
    const id = (await json('POST', JOBS, { query: { module: { api_name: 'Leads' } } })).body.data[0].details
      .id;
    const early = await json('GET', `${JOBS}/${id}/result`, undefined, `${JOBS}/{job_id}/result`);
    expect(early.status).toBe(400);
    expect(early.check.valid).toBe(true);
  });

  it('refuses a module it cannot export and a field the module lacks', async () => {
    const { json } = setup();
    expect((await json('POST', JOBS, { query: { module: { api_name: 'Nope' } } })).body.code).toBe(
      'MODULE_NOT_SUPPORTED',
    );
    const field = await json('POST', JOBS, {
      query: { module: { api_name: 'Leads' }, fields: ['Shoe_Size'] },
    });
    expect(field.body).toMatchObject({ code: 'FIELD_NOT_AVAILABLE', details: { api_name: 'Shoe_Size' } });
  });
});
