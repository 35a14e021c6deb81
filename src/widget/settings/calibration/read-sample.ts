import { callCredits } from '../../../dedupe/credit-estimate';
import type { Values } from '../../../dedupe/types';
import type { CrmClient } from '../../../zoho/crm-client';
import type { CrmError } from '../../../zoho/crm-error';
import { err, ok, type Result } from '../../../zoho/result';

/** A COQL read returns at most 200 rows for 1 credit (Zoho's credit table, as credit-estimate.ts counts it). */
const SAMPLE_PAGE = 200;
/** Ten reads: 2,000 records, enough pairs to learn from for a few API credits. */
const SAMPLE_PAGES = 10;

/** What reading the sample costs at most: one COQL read of 200 rows a page. */
export const sampleCost = (pages = SAMPLE_PAGES) => ({
  records: pages * SAMPLE_PAGE,
  calls: pages,
  credits: pages * callCredits({ kind: 'coql', limit: SAMPLE_PAGE }),
});

/**
 * The oldest records of `module` first (ordered by id, so the same org gives the same sample), a page at a time:
 * `select id, <fields> from <module> where id is not null order by id limit 200 offset n` (COQL needs a where).
 */
const sampleQuery = (module: string, fields: readonly string[], page: number): string =>
  `select ${['id', ...fields.filter((f) => f !== 'id')].join(', ')} from ${module} where id is not null order by id limit ${SAMPLE_PAGE} offset ${page * SAMPLE_PAGE}`;

/** Reads up to `pages` pages of the module's matched fields, telling `onPage` how many records it has so far. */
export const readSample = async (
  client: CrmClient,
  module: string,
  fields: readonly string[],
  options: {
    readonly pages?: number;
    readonly signal?: AbortSignal;
    readonly onPage?: (records: number) => void;
  } = {},
): Promise<Result<readonly Values[], CrmError>> => {
  const records: Values[] = [];
  const pages = options.pages ?? SAMPLE_PAGES;
  for (let page = 0; page < pages; page++) {
    const answer = await client.coql(
      sampleQuery(module, fields, page),
      options.signal ? { signal: options.signal } : {},
    );
    if (!answer.ok) return err(answer.error);
    records.push(...answer.value.records);
    options.onPage?.(records.length);
    if (!answer.value.moreRecords || answer.value.records.length < SAMPLE_PAGE) break;
  }
  return ok(records);
};
