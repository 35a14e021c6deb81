import type { Hono } from 'hono';
import { type Ctx, noContent, nowOf, type SandboxEnv } from '../env';
import { fail } from '../errors';
import type { ModuleDef } from '../metadata/modules';
import { fieldsOf, resolveModule } from '../metadata/registry';
import { matchesCriteria, SEARCH_OPERATORS } from '../query/criteria-match';
import { conditionsOf, countConditions, parseCriteria } from '../query/criteria-parser';
import { comparableStrings } from '../query/field-value';
import { fieldReader, recordJson } from '../record-json';
import { canSee } from '../visibility';
import { pageParams, pageSlice } from './paging';
import { convertedFilter } from './records-read';

type Matcher = (get: (field: string) => unknown) => boolean;

const BOOKKEEPING = ['id', 'Owner', 'Created_By', 'Modified_By', 'Created_Time', 'Modified_Time'];
const invalidQuery = (apiName: string, reason: string, extra: Record<string, unknown> = {}): never =>
  fail(400, 'INVALID_QUERY', 'Invalid query formed', { api_name: apiName, reason, ...extra });

const criteriaMatcher = (c: Ctx, module: ModuleDef, criteria: string): Matcher => {
  const options = c.get('options');
  const parsed = parseCriteria(criteria);
  if (!parsed.ok) return invalidQuery('criteria', parsed.reason);
  const count = countConditions(parsed.node);
  if (count > options.criteriaLimit)
    fail(
      400,
      'CRITERIA_LIMIT_EXCEEDED',
      `no of criterium that can be given exceed the limit ${options.criteriaLimit}`,
    );
  const known = new Set([...fieldsOf(c.get('store'), module).map((f) => f.apiName), ...BOOKKEEPING]);
  for (const cond of conditionsOf(parsed.node)) {
    if (!known.has(cond.field)) invalidQuery(cond.field, 'the given field is not available');
    if (!SEARCH_OPERATORS.has(cond.op))
      invalidQuery(cond.field, 'invalid operator found', { operator: cond.op });
  }
  return (get) => matchesCriteria(parsed.node, get, options.equalsMeansContains);
};

const typedMatcher = (
  c: Ctx,
  module: ModuleDef,
  types: readonly string[],
  exact: boolean,
  value: string,
): Matcher => {
  const fields = fieldsOf(c.get('store'), module)
    .filter((f) => types.includes(f.dataType))
    .map((f) => f.apiName);
  const wanted = value.trim().toLowerCase();
  return (get) =>
    fields.some((f) => comparableStrings(get(f)).some((h) => (exact ? h === wanted : h.includes(wanted))));
};

/** Zoho takes one of criteria / email / phone / word per call, in that precedence. */
const matcherFor = (c: Ctx, module: ModuleDef): Matcher => {
  const q = (name: string) => c.req.query(name);
  const criteria = q('criteria');
  if (criteria !== undefined) return criteriaMatcher(c, module, criteria);
  const email = q('email');
  if (email !== undefined) return typedMatcher(c, module, ['email'], true, email);
  // Phone values match as stored: no normalisation of formats.
  const phone = q('phone');
  if (phone !== undefined) return typedMatcher(c, module, ['phone'], true, phone);
  const word = q('word');
  if (word !== undefined)
    return typedMatcher(c, module, ['text', 'email', 'phone', 'website', 'textarea'], false, word);
  return fail(400, 'EXPECTED_PARAM_MISSING', 'One of the expected parameter is missing', {
    param_names: ['criteria', 'email', 'phone', 'word'],
  });
};

export const registerSearch = (app: Hono<SandboxEnv>): void => {
  app.get('/crm/v8/:module/search', (c) => {
    const module = resolveModule(c.req.param('module'));
    const matches = matcherFor(c, module);
    const { page, perPage } = pageParams(c);
    const user = c.get('user');
    const users = c.get('users');
    const lag = c.get('options').searchIndexLagMs;
    const { wallMs } = nowOf(c);
    const converted = module.apiName === 'Leads' ? convertedFilter(c.req.query('converted')) : () => true;
    const found = c
      .get('store')
      .list(module.apiName)
      // The search index lags behind writes: records younger than the lag are not found yet.
      .filter((r) => canSee(user, r) && converted(r) && (lag <= 0 || wallMs - r.indexedMs >= lag))
      .filter((r) => matches(fieldReader(r, users)));
    const slice = pageSlice(found, page, perPage);
    if (slice.items.length === 0) return noContent(c);
    return c.json({
      data: slice.items.map((r) => recordJson(r, users)),
      info: { per_page: perPage, count: slice.items.length, page, more_records: slice.more },
    });
  });
};
