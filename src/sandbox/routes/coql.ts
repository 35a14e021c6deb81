import type { Hono } from 'hono';
import { readJson, type SandboxEnv } from '../env';
import { fail } from '../errors';
import { findModule } from '../metadata/modules';
import { fieldsOf } from '../metadata/registry';
import { CoqlError } from '../query/coql-lexer';
import { fieldsIn, matchesCoql } from '../query/coql-match';
import { type CoqlQuery, parseCoql } from '../query/coql-parser';
import { comparableStrings } from '../query/field-value';
import { fieldReader, recordJson } from '../record-json';
import { canSee } from '../visibility';

const BOOKKEEPING = ['id', 'Owner', 'Created_By', 'Modified_By', 'Created_Time', 'Modified_Time'];

const parse = (text: string): CoqlQuery => {
  try {
    return parseCoql(text);
  } catch (error) {
    if (error instanceof CoqlError) return fail(400, error.code, error.message, error.details);
    throw error;
  }
};

export const registerCoql = (app: Hono<SandboxEnv>): void => {
  app.post('/crm/v8/coql', async (c) => {
    const body = await readJson(c);
    if (typeof body.select_query !== 'string' || body.select_query.trim() === '')
      return fail(400, 'REQUIRED_PARAM_MISSING', 'One of the expected parameter is missing', {
        param_name: 'select_query',
      });
    const query = parse(body.select_query);
    const module = findModule(query.module);
    if (!module)
      return fail(400, 'INVALID_QUERY', 'invalid query formed', {
        module: query.module,
        reason: 'module is not supported',
      });
    const store = c.get('store');
    const known = new Set([...fieldsOf(store, module).map((f) => f.apiName), ...BOOKKEEPING]);
    for (const f of [
      ...query.fields,
      ...fieldsIn(query.where),
      ...(query.orderBy ? [query.orderBy.field] : []),
    ])
      if (!known.has(f))
        return fail(400, 'INVALID_QUERY', 'column given seems to be invalid', { column_name: f });
    const user = c.get('user');
    const users = c.get('users');
    // COQL reads the database: no search-index lag here.
    let rows = store
      .list(module.apiName)
      .filter(
        (r) => canSee(user, r) && (query.where === null || matchesCoql(query.where, fieldReader(r, users))),
      );
    if (query.orderBy) {
      const { field, desc } = query.orderBy;
      const key = (r: (typeof rows)[number]) => comparableStrings(fieldReader(r, users)(field))[0] ?? '';
      rows = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (desc ? -1 : 1));
    }
    const page = rows.slice(query.offset, query.offset + query.limit);
    return c.json({
      data: page.map((r) => recordJson(r, users, query.fields)),
      info: { count: page.length, more_records: rows.length > query.offset + query.limit },
    });
  });
};
