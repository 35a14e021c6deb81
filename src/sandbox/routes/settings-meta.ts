import type { Hono } from 'hono';
import { type Ctx, readJson, type SandboxEnv } from '../env';
import { fail, requiredParam } from '../errors';
import { canBeUnique } from '../metadata/field-def';
import { fieldJson } from '../metadata/field-json';
import { moduleJson } from '../metadata/module-json';
import { MODULES } from '../metadata/modules';
import { fieldsOf, resolveModule, uniqueFieldsOf } from '../metadata/registry';
import { uniqueKey } from '../rules/normalise';

const moduleParam = (c: Ctx) => resolveModule(c.req.query('module') ?? requiredParam('module'));

const fieldError = (message: string, apiName = 'unique') => ({
  fields: [
    {
      code: 'INVALID_DATA',
      message,
      details: { api_name: apiName, json_path: '$.fields[0].unique' },
      status: 'error',
    },
  ],
});

/** Values that already repeat (case-insensitively) stop a field from becoming unique. */
const hasRepeats = (values: readonly unknown[]): boolean => {
  const seen = new Set<string>();
  for (const v of values) {
    const key = uniqueKey(v);
    if (key === null) continue;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
};

export const registerSettingsMeta = (app: Hono<SandboxEnv>): void => {
  app.get('/crm/v8/settings/modules', (c) =>
    c.json({ modules: MODULES.map((m, i) => moduleJson(m, i + 1)) }),
  );
  app.get('/crm/v8/settings/modules/:name', (c) => {
    const module = resolveModule(c.req.param('name'));
    return c.json({ modules: [moduleJson(module, MODULES.indexOf(module) + 1)] });
  });

  const fieldList = (c: Ctx) => {
    const module = moduleParam(c);
    const store = c.get('store');
    const unique = new Set(uniqueFieldsOf(store, module));
    return fieldsOf(store, module).map((f, i) => fieldJson(f, module, unique.has(f.apiName), i + 1));
  };
  app.get('/crm/v8/settings/fields', (c) => c.json({ fields: fieldList(c) }));
  app.get('/crm/v8/settings/fields/:id', (c) => {
    const field = fieldList(c).find((f) => f.id === c.req.param('id') || f.api_name === c.req.param('id'));
    return field ? c.json({ fields: [field] }) : c.body(null, 204);
  });

  // Zoho's update-field call: `{"fields":[{"unique":{"case_sensitive":false}}]}` marks it, `"unique": null|{}` clears it.
  app.patch('/crm/v8/settings/fields/:id', async (c) => {
    const module = moduleParam(c);
    const store = c.get('store');
    const field = fieldsOf(store, module).find((f) => f.id === c.req.param('id'));
    if (!field)
      return fail(400, 'INVALID_DATA', 'the id given seems to be invalid', {
        api_name: 'id',
        json_path: '$.fields[0].id',
      });
    const body = await readJson(c);
    const item = Array.isArray(body.fields)
      ? (body.fields[0] as Record<string, unknown> | undefined)
      : undefined;
    if (!item || !('unique' in item))
      return c.json(
        {
          fields: [
            {
              code: 'MANDATORY_NOT_FOUND',
              message: 'required field not found',
              details: { api_name: 'unique', json_path: '$.fields[0].unique' },
              status: 'error',
            },
          ],
        },
        400,
      );
    const wanted = item.unique;
    const makeUnique = typeof wanted === 'object' && wanted !== null && Object.keys(wanted).length > 0;
    if (makeUnique) {
      if (!canBeUnique(field)) return c.json(fieldError('unique is not supported for this field type'), 400);
      if (hasRepeats(store.list(module.apiName).map((r) => r.values[field.apiName])))
        return c.json(fieldError('the field already has duplicate values'), 400);
    }
    store.transaction(() => store.setUnique(module.apiName, field.apiName, makeUnique));
    return c.json({
      fields: [
        {
          code: 'SUCCESS',
          message: 'field updated successfully',
          status: 'success',
          details: { id: field.id },
        },
      ],
    });
  });
};
