import type { Hono } from 'hono';
import { type Ctx, noContent, type SandboxEnv } from '../env';
import { fail, noPermission } from '../errors';
import { resolveModule } from '../metadata/registry';
import { recordJson } from '../record-json';
import type { StoredRecord } from '../store/types';
import { canSee } from '../visibility';
import { pageParams, pageSlice } from './paging';

const convertedFilter = (value: string | undefined) => (r: StoredRecord) =>
  value === 'both' ? true : value === 'true' ? r.converted !== null : r.converted === null;

const fieldList = (c: Ctx): readonly string[] | undefined =>
  c.req
    .query('fields')
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);

export const getRecord = (c: Ctx, moduleName: string, id: string): Response => {
  const module = resolveModule(moduleName);
  const record = c.get('store').get(id);
  if (!record || record.module !== module.apiName)
    return fail(400, 'INVALID_DATA', 'the id given seems to be invalid', { api_name: 'id', id });
  if (!canSee(c.get('user'), record)) return noPermission();
  return c.json({ data: [recordJson(record, c.get('users'), fieldList(c))] });
};

export const registerRecordReads = (app: Hono<SandboxEnv>): void => {
  app.get('/crm/v8/:module/:id', (c) => getRecord(c, c.req.param('module'), c.req.param('id')));

  app.get('/crm/v8/:module', (c) => {
    const module = resolveModule(c.req.param('module'));
    const user = c.get('user');
    const ids = c.req.query('ids')?.split(',').filter(Boolean);
    let records = c
      .get('store')
      .list(module.apiName)
      .filter((r) => canSee(user, r));
    if (ids) records = records.filter((r) => ids.includes(r.id));
    else if (module.apiName === 'Leads') records = records.filter(convertedFilter(c.req.query('converted')));
    const { page, perPage } = pageParams(c);
    const slice = pageSlice(records, page, perPage);
    if (slice.items.length === 0) return noContent(c);
    const fields = fieldList(c);
    return c.json({
      data: slice.items.map((r) => recordJson(r, c.get('users'), fields)),
      info: { per_page: perPage, count: slice.items.length, page, more_records: slice.more },
    });
  });
};

export { convertedFilter };
