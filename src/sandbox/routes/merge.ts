import type { Hono } from 'hono';
import { nowOf, readJson, type SandboxEnv } from '../env';
import { fail, noPermission } from '../errors';
import { resolveModule } from '../metadata/registry';
import type { Store } from '../store/store';
import type { StoredRecord } from '../store/types';
import { canSee } from '../visibility';

const MERGEABLE = new Set(['Leads', 'Contacts', 'Accounts', 'Deals']);
const invalid = (path: string, message = 'the id given seems to be invalid'): never =>
  fail(400, 'INVALID_DATA', message, { api_name: 'id', json_path: path });

/** Master plus at most two children; each child's listed fields win, then the children are deleted. */
export const registerMerge = (app: Hono<SandboxEnv>): void => {
  app.post('/crm/v8/:module/:id/actions/merge', async (c) => {
    const module = resolveModule(c.req.param('module'));
    if (!MERGEABLE.has(module.apiName) && module.generatedType !== 'custom')
      return fail(400, 'NOT_SUPPORTED', 'merge is not supported for this module', { module: module.apiName });
    const store = c.get('store');
    const user = c.get('user');
    const master = store.get(c.req.param('id'));
    if (!master || master.module !== module.apiName) return invalid('$.merge[0].id');
    if (!canSee(user, master)) return noPermission();
    const body = await readJson(c);
    const merge = (Array.isArray(body.merge) ? body.merge[0] : undefined) as
      | Record<string, unknown>
      | undefined;
    const children = Array.isArray(merge?.data)
      ? (merge.data as { id?: unknown; _fields?: { api_name?: unknown }[] }[])
      : [];
    if (children.length === 0)
      return fail(400, 'MANDATORY_NOT_FOUND', 'required field not found', {
        api_name: 'data',
        json_path: '$.merge[0].data',
      });
    if (children.length > 2)
      return fail(400, 'LIMIT_EXCEEDED', 'only two records can be merged with the master', { limit: 2 });
    const records = children.map((child, i) => {
      const record = typeof child.id === 'string' ? store.get(child.id) : undefined;
      if (!record || record.module !== module.apiName || record.id === master.id)
        return invalid(`$.merge[0].data[${i}].id`);
      if (!canSee(user, record)) return noPermission();
      return { record, fields: (child._fields ?? []).map((f) => String(f.api_name)) };
    });
    const { nowMs } = nowOf(c);
    store.transaction(() => {
      const values = { ...master.values };
      for (const { record, fields } of records) {
        for (const f of fields) values[f] = record.values[f] ?? null;
        store.remove(record.id);
      }
      store.put({ ...master, values, modifiedBy: user.id, modifiedMs: nowMs });
      moveRelated(store, new Set(records.map((r) => r.record.id)), store.get(master.id) ?? master);
    });
    return c.json(
      {
        merge: [
          {
            code: 'SUCCESS',
            details: { id: master.id },
            message: 'records merged successfully',
            status: 'success',
          },
        ],
      },
      201,
    );
  });
};

/**
 * What pointed at a merged-away record points at the master: its notes (`Parent_Id`) and the lookups of other
 * records (a Deal's Contact_Name, a Contact's Account_Name). Zoho's "Merging Duplicate Records" help page
 * (help.zoho.com/portal/en/kb/crm/manage-crm-data/duplication-mangement/articles/merge-duplicate-record): the related
 * records of the merged records move to the master record, and the merged records are deleted.
 */
const moveRelated = (store: Store, gone: ReadonlySet<string>, master: StoredRecord): void => {
  const repoint = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const ref = value as { readonly id?: unknown; readonly name?: unknown };
    if (typeof ref.id !== 'string' || !gone.has(ref.id)) return value;
    return 'name' in ref ? { ...ref, id: master.id, name: lookupName(master) } : { ...ref, id: master.id };
  };
  for (const module of store.modules())
    for (const record of store.list(module)) {
      const values = Object.fromEntries(Object.entries(record.values).map(([f, v]) => [f, repoint(v)]));
      if (Object.entries(values).some(([f, v]) => v !== record.values[f])) store.put({ ...record, values });
    }
};

/** The name a lookup to `record` shows: the module's name field (Accounts, Deals) or the person's full name. */
const lookupName = (record: StoredRecord): string | null => {
  const v = record.values;
  const text = (x: unknown) => (typeof x === 'string' ? x : '');
  const name =
    text(v.Account_Name) || text(v.Deal_Name) || [text(v.First_Name), text(v.Last_Name)].join(' ').trim();
  return name || null;
};
