import type { Hono } from 'hono';
import { type Ctx, nowOf, readJson, type SandboxEnv } from '../env';
import { fail } from '../errors';
import type { ModuleDef } from '../metadata/modules';
import { resolveModule, uniqueFieldsOf } from '../metadata/registry';
import { duplicateCheckOrder } from '../rules/duplicate-order';
import { upsertOne } from '../rules/upsert-one';
import type { WriteContext } from '../rules/write-context';
import { insertOne, updateOne, type WriteItem } from '../rules/write-ops';
import { parseZohoTime } from '../time';
import { writeResponse } from './write-response';

export const MAX_WRITE = 100;

const unmodifiedSince = (c: Ctx): number | null => {
  const header = c.req.header('if-unmodified-since');
  if (header === undefined) return null;
  return (
    parseZohoTime(header) ?? fail(400, 'INVALID_DATA', 'invalid data', { param_name: 'If-Unmodified-Since' })
  );
};

const writeContext = (c: Ctx, module: ModuleDef): WriteContext => ({
  store: c.get('store'),
  module,
  user: c.get('user'),
  users: c.get('users'),
  options: c.get('options'),
  ...nowOf(c),
  touched: new Set(),
  created: new Set(),
  unmodifiedSince: unmodifiedSince(c),
});

const dataOf = (body: Record<string, unknown>): readonly Record<string, unknown>[] => {
  const data = body.data;
  if (!Array.isArray(data) || data.length === 0)
    return fail(400, 'MANDATORY_NOT_FOUND', 'required field not found', {
      api_name: 'data',
      json_path: '$.data',
    });
  if (data.length > MAX_WRITE)
    return fail(400, 'LIMIT_EXCEEDED', 'Record count exceeded', {
      limit: MAX_WRITE,
      api_name: 'data',
      json_path: '$.data',
    });
  data.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      fail(400, 'INVALID_DATA', 'invalid data', {
        api_name: 'data',
        json_path: `$.data[${i}]`,
        expected_data_type: 'jsonobject',
      });
  });
  return data as Record<string, unknown>[];
};

/** Runs every item of one write call in a single transaction. */
const runWrite = async (
  c: Ctx,
  one: (ctx: WriteContext, item: Record<string, unknown>, i: number) => WriteItem,
  kind: 'insert' | 'update' | 'upsert',
  order?: (module: ModuleDef, body: Record<string, unknown>) => readonly string[],
) => {
  const module = resolveModule(c.req.param('module') ?? '');
  const body = await readJson(c);
  const data = dataOf(body);
  const ctx = writeContext(c, module);
  const fields = order?.(module, body);
  const items = ctx.store.transaction(() =>
    data.map((item, i) => (fields ? upsertOne(ctx, item, i, fields) : one(ctx, item, i))),
  );
  return writeResponse(c, items, kind);
};

const upsertOrder =
  (c: Ctx) =>
  (module: ModuleDef, body: Record<string, unknown>): readonly string[] => {
    const userUnique = uniqueFieldsOf(c.get('store'), module);
    const list = body.duplicate_check_fields;
    if (list === undefined) return duplicateCheckOrder(module.systemField, userUnique);
    if (!Array.isArray(list))
      return fail(400, 'INVALID_DATA', 'invalid data', {
        api_name: 'duplicate_check_fields',
        json_path: '$.duplicate_check_fields',
        expected_data_type: 'jsonarray',
      });
    list.forEach((f, i) => {
      if (typeof f !== 'string' || (f !== module.systemField && !userUnique.includes(f)))
        fail(400, 'INVALID_DATA', 'invalid data', {
          api_name: 'duplicate_check_fields',
          json_path: `$.duplicate_check_fields[${i}]`,
        });
    });
    return duplicateCheckOrder(module.systemField, userUnique, list as string[]);
  };

export const registerRecordWrites = (app: Hono<SandboxEnv>): void => {
  app.post('/crm/v8/:module/upsert', (c) => runWrite(c, insertOne, 'upsert', upsertOrder(c)));
  app.post('/crm/v8/:module', (c) => runWrite(c, insertOne, 'insert'));
  app.put('/crm/v8/:module', (c) => runWrite(c, (ctx, item, i) => updateOne(ctx, item, i), 'update'));
  app.put('/crm/v8/:module/:id', (c) =>
    runWrite(c, (ctx, item, i) => updateOne(ctx, item, i, c.req.param('id')), 'update'),
  );
};
