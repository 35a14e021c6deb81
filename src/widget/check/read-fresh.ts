import type { PlannedCall } from '../../dedupe/check-plan';
import { fieldIn } from '../../dedupe/modules';
import type { CandidateRecord } from '../../dedupe/types';
import { candidateQuery, coqlCandidate } from '../../zoho/coql-candidates';
import type { CrmClient } from '../../zoho/crm-client';
import { fieldsIn, type PlanInput } from './plan-searches';

type CoqlCall = Extract<PlannedCall, { readonly kind: 'coql' }>;

/**
 * One module's unique fields read through COQL, which sees a record search's index has not caught up with.
 * Never remembered as a search answer: the next search must still ask the index.
 */
export const readFresh = async (
  client: CrmClient,
  call: CoqlCall,
  plan: Pick<PlanInput, 'module' | 'config' | 'searchable'>,
  signal: AbortSignal,
): Promise<readonly CandidateRecord[]> => {
  const { module, config, searchable } = plan;
  const scored = fieldsIn(module, call.module, config, searchable).map((f) =>
    fieldIn(module, call.module, f.field),
  );
  const columns = [...scored, ...call.criteria.map((c) => c.field)];
  const page = await client.coql(candidateQuery(call.module, columns, call.criteria), { signal });
  // A COQL refusal (no coql scope, a field it cannot filter on) leaves search's answer standing.
  if (!page.ok) return [];
  return page.value.records.flatMap((row) => coqlCandidate(call.module, row) ?? []);
};
