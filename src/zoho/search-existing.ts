import type { SearchPlan } from '../dedupe/preflight-reads';
import type { CandidateRecord } from '../dedupe/types';
import { criteriaChunks } from './criteria';
import type { CrmClient } from './crm-client';
import type { CrmError } from './crm-error';
import { ok, type Result } from './result';

// Zoho's search serves 200 records a page and 2,000 in all (ZOHO.md, Search).
const PER_PAGE = 200;
const MAX_PAGES = 10;

export type SearchedRecords = {
  readonly records: readonly CandidateRecord[];
  readonly calls: number;
  /** A loose search had more than 2,000 matches: only Bulk Read sees them all. */
  readonly truncated: boolean;
};

/** Runs a preflight's search plan: exact values one page per call, loose ones paged to Zoho's 2,000. */
export const searchExisting = async (
  client: CrmClient,
  module: string,
  plan: SearchPlan,
): Promise<Result<SearchedRecords, CrmError>> => {
  const found = new Map<string, CandidateRecord>();
  let calls = 0;
  let truncated = false;
  for (const [criteria, pages] of [
    ...criteriaChunks(plan.exact).map((c) => [c, 1] as const),
    ...criteriaChunks(plan.loose).map((c) => [c, MAX_PAGES] as const),
  ])
    for (let page = 1; page <= pages; page++) {
      calls++;
      const answer = await client.search(module, { type: 'criteria', criteria }, { page, perPage: PER_PAGE });
      if (!answer.ok) return answer;
      for (const r of answer.value.records) found.set(r.id, r);
      if (!answer.value.moreRecords) break;
      if (page === pages) truncated = pages > 1;
    }
  return ok({ records: [...found.values()], calls, truncated });
};
