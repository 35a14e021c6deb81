import type { Hono } from 'hono';
import { type Ctx, readJson, type SandboxEnv } from '../env';
import { fail } from '../errors';
import type { OrgVariable } from '../store/types';

const GROUP = { id: '4876000000000500001', api_name: 'General', name: 'General' };

const variableJson = (v: OrgVariable) => ({
  api_name: v.apiName,
  name: v.name,
  description: v.description,
  source: 'crm',
  id: v.id,
  type: v.type,
  variable_group: GROUP,
  read_only: false,
  value: v.value,
});

const find = (c: Ctx, key: string) =>
  c
    .get('store')
    .variables()
    .find((v) => v.id === key || v.apiName === key);

/** Writes each `variables[]` item, by id or api_name; an unknown api_name creates the variable. */
const save = async (c: Ctx, pathKey?: string) => {
  const body = await readJson(c);
  const items = Array.isArray(body.variables) ? (body.variables as Record<string, unknown>[]) : [];
  if (items.length === 0)
    return fail(400, 'MANDATORY_NOT_FOUND', 'required field not found', {
      api_name: 'variables',
      json_path: '$.variables',
    });
  const store = c.get('store');
  const results = store.transaction(() =>
    items.map((item, i) => {
      const key = pathKey ?? String(item.id ?? item.api_name ?? '');
      const existing = find(c, key);
      const apiName = existing?.apiName ?? (typeof item.api_name === 'string' ? item.api_name : '');
      if (!apiName)
        return {
          code: 'MANDATORY_NOT_FOUND',
          message: 'required field not found',
          details: { api_name: 'api_name', json_path: `$.variables[${i}].api_name` },
          status: 'error',
        };
      const value =
        item.value === undefined
          ? (existing?.value ?? null)
          : item.value === null
            ? null
            : String(item.value);
      const variable: OrgVariable = {
        id: existing?.id ?? store.nextId(),
        apiName,
        name: typeof item.name === 'string' ? item.name : (existing?.name ?? apiName),
        description:
          typeof item.description === 'string' ? item.description : (existing?.description ?? null),
        type: typeof item.type === 'string' ? item.type : (existing?.type ?? 'textarea'),
        value,
      };
      store.putVariable(variable);
      return {
        code: 'SUCCESS',
        message: 'variable updated successfully',
        details: { id: variable.id },
        status: 'success',
      };
    }),
  );
  return c.json({ variables: results }, results.some((r) => r.status === 'success') ? 201 : 400);
};

export const registerVariables = (app: Hono<SandboxEnv>): void => {
  app.get('/crm/v8/settings/variables', (c) => {
    const all = c.get('store').variables();
    return all.length === 0 ? c.body(null, 204) : c.json({ variables: all.map(variableJson) });
  });
  app.get('/crm/v8/settings/variables/:key', (c) => {
    const v = find(c, c.req.param('key'));
    return v ? c.json({ variables: [variableJson(v)] }) : c.body(null, 204);
  });
  app.post('/crm/v8/settings/variables', (c) => save(c));
  app.put('/crm/v8/settings/variables', (c) => save(c));
  app.put('/crm/v8/settings/variables/:key', (c) => save(c, c.req.param('key')));
};
