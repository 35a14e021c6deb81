import type { PlanTarget } from '../../src/dedupe/check-plan';
import type { MatchConfig } from '../../src/dedupe/match-config';
import { EMPTY_CACHE } from '../../src/dedupe/search-cache';
import type { CandidateRecord, Values } from '../../src/dedupe/types';
import type { FieldDef } from '../../src/sandbox';
import { createSandbox, createStore, type Sandbox } from '../../src/sandbox';
import { planSearches } from '../../src/widget/check/plan-searches';
import type { CrmClient } from '../../src/zoho/crm-client';
import { createRestClient } from '../../src/zoho/rest-client';

export type Harness = { readonly sandbox: Sandbox; readonly client: CrmClient };

/** An in-process sandbox and the REST client over it: the widget's path to Zoho, minus the network. */
export const createHarness = (extraFields: Readonly<Record<string, readonly FieldDef[]>> = {}): Harness => {
  const store = createStore({ path: ':memory:', extraFields });
  const sandbox = createSandbox({ store });
  const client = createRestClient({
    baseUrl: 'http://sandbox.local',
    token: 'sandbox-admin',
    fetch: (input, init) => sandbox.handleRequest(new Request(input, init)),
    policy: { retries: 0 },
  });
  return { sandbox, client };
};

/** Runs the widget's check plan for one record and returns every candidate it finds, and the calls it made. */
export const findCandidates = async (
  client: CrmClient,
  module: string,
  values: Values,
  targets: readonly PlanTarget[],
  config: MatchConfig,
): Promise<{ readonly candidates: readonly CandidateRecord[]; readonly calls: number }> => {
  // As the widget does: each module is asked only for the fields its metadata has.
  const searchable = await searchableFields(client, targets);
  const plan = planSearches({
    module,
    values,
    targets: targets.map((t) => ({ fieldMap: [], ...t })),
    config,
    searchable,
    cache: EMPTY_CACHE,
    fresh: false,
  });
  const found: CandidateRecord[] = [...plan.cached];
  for (const call of plan.calls) {
    if (call.kind !== 'search') continue;
    const page = await client.search(
      call.module,
      { type: 'criteria', criteria: call.criteria },
      { converted: call.converted, perPage: 200 },
    );
    if (page.ok) found.push(...page.value.records);
    else throw new Error(`search failed: ${JSON.stringify(page.error)}`);
  }
  return { candidates: found, calls: plan.calls.length };
};

const FIELDS = new WeakMap<CrmClient, Map<string, readonly string[]>>();

/** Each target module's field API names, read once per client. */
const searchableFields = async (
  client: CrmClient,
  targets: readonly PlanTarget[],
): Promise<Record<string, readonly string[]>> => {
  let known = FIELDS.get(client);
  if (!known) {
    known = new Map();
    FIELDS.set(client, known);
  }
  const out: Record<string, readonly string[]> = {};
  for (const { module } of targets) {
    let names = known.get(module);
    if (!names) {
      const fields = await client.getFields(module);
      if (!fields.ok) throw new Error(`field metadata failed: ${JSON.stringify(fields.error)}`);
      names = fields.value.map((f) => f.apiName);
      known.set(module, names);
    }
    out[module] = names;
  }
  return out;
};
