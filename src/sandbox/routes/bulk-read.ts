import type { Hono } from 'hono';
import { exportColumns, zippedCsv } from '../bulk/read-file';
import { loadJob, pageOfToken, pageToken, type ReadJob, saveJob, stateOf } from '../bulk/read-job';
import { type Ctx, nowOf, readJson, type SandboxEnv } from '../env';
import { fail } from '../errors';
import { findModule, type ModuleDef } from '../metadata/modules';
import { fieldsOf } from '../metadata/registry';
import type { Store } from '../store/store';
import { formatZohoTime } from '../time';
import { canSee } from '../visibility';

// Bulk Read as Zoho documents it (shared/zoho-oas/v8.0/bulk_read.json, zoho.com/crm/developer/docs/api/v8/bulk-read/):
// create a job, poll it until COMPLETED, download a zip holding one CSV of at most 200,000 records per page.
const BASE = '/crm/bulk/v8/read';

const notFound = (status: 400 | 404): never =>
  fail(status, 'RESOURCE_NOT_FOUND', 'the requested resource is not found', { resource: 'job_id' });

const queryOf = (body: Record<string, unknown>) => {
  const query = body.query;
  if (typeof query !== 'object' || query === null)
    return fail(400, 'REQUEST_BODY_IS_EMPTY', 'query is missing', { api_name: 'query' });
  return query as Record<string, unknown>;
};

const moduleOf = (query: Record<string, unknown>): ModuleDef => {
  const ref = query.module as { api_name?: unknown } | undefined;
  const name = typeof ref?.api_name === 'string' ? ref.api_name : '';
  return findModule(name) ?? fail(400, 'MODULE_NOT_SUPPORTED', 'the module is not supported', {});
};

const fieldsAsked = (store: Store, module: ModuleDef, query: Record<string, unknown>): string[] => {
  const raw = query.fields ?? [];
  const known = new Set(['Id', 'id', ...fieldsOf(store, module).map((f) => f.apiName)]);
  if (!Array.isArray(raw))
    return fail(400, 'INVALID_DATA', 'fields must be an array', { api_name: 'fields' });
  return raw.map((f) =>
    typeof f === 'string' && known.has(f)
      ? f
      : fail(400, 'FIELD_NOT_AVAILABLE', 'the field is not available', {
          api_name: String(f),
          module: module.apiName,
        }),
  );
};

const pageOf = (query: Record<string, unknown>): number => {
  if (typeof query.page_token === 'string')
    return (
      pageOfToken(query.page_token) ??
      fail(400, 'INVALID_DATA', 'invalid page_token', { api_name: 'page_token' })
    );
  const page = query.page ?? 1;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1)
    return fail(400, 'INVALID_DATA', 'invalid page', { api_name: 'page' });
  return page;
};

const userOf = (c: Ctx, id: string) => ({ id, name: c.get('users')(id)?.name ?? 'Unknown User' });

const jobDetail = (c: Ctx, job: ReadJob) => {
  const module = findModule(job.module);
  const detail = {
    id: job.id,
    operation: 'read',
    state: stateOf(job),
    query: {
      module: { api_name: job.module, id: module?.id ?? '' },
      cvid: null,
      page: job.page,
      fields: job.fields,
    },
    created_by: userOf(c, job.createdBy),
    created_time: formatZohoTime(job.createdMs),
    file_type: 'csv',
  };
  if (!job.ids) return detail;
  const perPage = c.get('options').bulkReadPageSize;
  return {
    ...detail,
    result: {
      page: job.page,
      count: job.ids.length,
      download_url: `${BASE}/${job.id}/result`,
      per_page: perPage,
      more_records: job.moreRecords,
      // bulk_read.json lists the token as always present; only more_records says whether it leads anywhere.
      next_page_token: pageToken(job.page + 1),
    },
  };
};

/** The job's page, fixed at completion: records the creator may see, in the store's order, one page of them. */
const complete = (c: Ctx, job: ReadJob): ReadJob => {
  const size = c.get('options').bulkReadPageSize;
  const user = c.get('user');
  const all = c
    .get('store')
    .list(job.module)
    .filter((r) => r.converted === null && canSee(user, r));
  const from = (job.page - 1) * size;
  return {
    ...job,
    ids: all.slice(from, from + size).map((r) => r.id),
    moreRecords: all.length > from + size,
  };
};

export const registerBulkRead = (app: Hono<SandboxEnv>): void => {
  app.post(BASE, async (c) => {
    const store = c.get('store');
    const query = queryOf(await readJson(c));
    const module = moduleOf(query);
    const job: ReadJob = {
      id: store.nextId(),
      module: module.apiName,
      fields: fieldsAsked(store, module, query),
      page: pageOf(query),
      createdMs: nowOf(c).nowMs,
      createdBy: c.get('user').id,
      polls: 0,
      ids: null,
      moreRecords: false,
    };
    saveJob(store, job);
    const { id, operation, state, created_by, created_time } = jobDetail(c, job);
    const details = { id, operation, state, created_by, created_time };
    return c.json(
      {
        data: [{ status: 'success', code: 'ADDED_SUCCESSFULLY', message: 'Added successfully.', details }],
        info: {},
      },
      201,
    );
  });

  app.get(`${BASE}/:id`, (c) => {
    const store = c.get('store');
    const found = loadJob(store, c.req.param('id')) ?? notFound(404);
    const polled = { ...found, polls: found.polls + 1 };
    const job = polled.ids || polled.polls <= c.get('options').bulkReadPolls ? polled : complete(c, polled);
    saveJob(store, job);
    return c.json({ data: [jobDetail(c, job)] }, 200);
  });

  app.get(`${BASE}/:id/result`, (c) => {
    const store = c.get('store');
    const job = loadJob(store, c.req.param('id'));
    if (!job?.ids) return notFound(400);
    const module = findModule(job.module) ?? notFound(400);
    const all = fieldsOf(store, module).map((f) => f.apiName);
    const records = job.ids.flatMap((id) => store.get(id) ?? []);
    const zip = zippedCsv(job.id, exportColumns(all, job.fields), records);
    return c.body(zip as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${job.id}.zip"`,
    });
  });
};
