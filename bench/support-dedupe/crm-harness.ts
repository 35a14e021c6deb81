import { type PlanTarget, planCheck } from '../../src/dedupe/check-plan';
import type { MatchConfig } from '../../src/dedupe/match-config';
import type { CandidateRecord, Values } from '../../src/dedupe/types';
import type { FieldDef } from '../../src/sandbox';
import { createSandbox, createStore, type Sandbox } from '../../src/sandbox';
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
  const plan = planCheck({ module, values, targets, config });
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
