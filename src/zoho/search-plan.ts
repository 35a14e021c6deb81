import type { CandidateRecord } from '../dedupe/types';
import { criteriaStrings } from './criteria';
import type { Page, SearchQuery } from './crm-client';
import type { CrmError } from './crm-error';
import { ok, type Result } from './result';
import { wellFormed } from './well-formed';

/** One search call's parameter: criteria beyond ten split into several calls. */
export type SearchParam = { readonly type: 'criteria' | 'email' | 'phone' | 'word'; readonly value: string };

export const searchParams = (q: SearchQuery): readonly SearchParam[] =>
  q.type === 'criteria'
    ? criteriaStrings(q.criteria).map((value) => ({ type: 'criteria', value }))
    : [{ type: q.type, value: wellFormed(q.value) }];

/** Runs the calls in turn and joins their pages, each record once; the first failure wins. */
export const searchAll = async (
  params: readonly SearchParam[],
  run: (p: SearchParam) => Promise<Result<Page<CandidateRecord>, CrmError>>,
): Promise<Result<Page<CandidateRecord>, CrmError>> => {
  const seen = new Map<string, CandidateRecord>();
  let moreRecords = false;
  for (const p of params) {
    const page = await run(p);
    if (!page.ok) return page;
    for (const r of page.value.records) if (!seen.has(r.id)) seen.set(r.id, r);
    moreRecords ||= page.value.moreRecords;
  }
  return ok({ records: [...seen.values()], moreRecords });
};
