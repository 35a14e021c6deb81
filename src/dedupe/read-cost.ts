/**
 * Zoho's search takes at most 10 criteria a call, each call 1 credit (shared ZOHO.md, "Limits and cost").
 */
const CRITERIA_PER_SEARCH = 10;
/** Taken from Zoho's API limits page (zoho.com/crm/developer/docs/api/v8/api-limits.html): a Bulk Read job costs 50 credits. */
export const BULK_READ_JOB_CREDITS = 50;
/** Zoho's Bulk Read page: at most 200,000 records a job (bulk_read.json, create-job docs). */
export const BULK_READ_PAGE = 200_000;

export type ReadWay = 'search' | 'bulk';
export type ReadCost = { readonly calls: number; readonly credits: number };

/**
 * What reading the existing records costs each way: searches for every distinct value the file holds, or one
 * Bulk Read job per 200,000 records (create 50 credits; the status polls and the download counted as 1 each).
 */
export const readCosts = (input: {
  readonly criteria: number;
  /** Records in the module, when known; one page is assumed otherwise. */
  readonly moduleRecords?: number;
  readonly pollsPerJob?: number;
}): Readonly<Record<ReadWay, ReadCost>> => {
  const searches = Math.ceil(input.criteria / CRITERIA_PER_SEARCH);
  const pages = Math.max(1, Math.ceil((input.moduleRecords ?? 0) / BULK_READ_PAGE));
  const perJob = 2 + (input.pollsPerJob ?? 2);
  return {
    search: { calls: searches, credits: searches },
    bulk: { calls: pages * perJob, credits: pages * (BULK_READ_JOB_CREDITS + perJob - 1) },
  };
};

/** The cheaper way in credits; searches on a tie (they see the records at once, with no job to wait for). */
export const cheaperRead = (costs: Readonly<Record<ReadWay, ReadCost>>): ReadWay =>
  costs.search.credits <= costs.bulk.credits ? 'search' : 'bulk';
