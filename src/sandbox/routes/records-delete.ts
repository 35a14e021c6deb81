import type { Hono } from 'hono';
import type { Ctx, SandboxEnv } from '../env';
import { fail, requiredParam } from '../errors';
import { resolveModule } from '../metadata/registry';
import { canSee } from '../visibility';
import { MAX_WRITE } from './records-write';
import { writeResponse } from './write-response';

const deleteIds = (c: Ctx, moduleName: string, ids: readonly string[]) => {
  const module = resolveModule(moduleName);
  if (ids.length > MAX_WRITE) fail(400, 'LIMIT_EXCEEDED', 'Record count exceeded', { limit: MAX_WRITE });
  const store = c.get('store');
  const user = c.get('user');
  const items = store.transaction(() =>
    ids.map((id) => {
      const record = store.get(id);
      if (!record || record.module !== module.apiName)
        return {
          code: 'INVALID_DATA',
          details: { id },
          message: 'the id given seems to be invalid',
          status: 'error',
        };
      if (!canSee(user, record))
        return { code: 'NO_PERMISSION', details: { id }, message: 'permission denied', status: 'error' };
      store.remove(id);
      return { code: 'SUCCESS', details: { id }, message: 'record deleted', status: 'success' };
    }),
  );
  return writeResponse(c, items, 'delete');
};

export const registerRecordDeletes = (app: Hono<SandboxEnv>): void => {
  app.delete('/crm/v8/:module/:id', (c) => deleteIds(c, c.req.param('module'), [c.req.param('id')]));
  app.delete('/crm/v8/:module', (c) => {
    const ids = c.req
      .query('ids')
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    if (!ids || ids.length === 0) return requiredParam('ids');
    return deleteIds(c, c.req.param('module'), ids);
  });
};
