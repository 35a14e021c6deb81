import { planSearches } from '../dedupe/preflight-reads';
import { cheaperRead, type ReadCost, type ReadWay, readCosts } from '../dedupe/read-cost';
import type { CandidateRecord, Values } from '../dedupe/types';
import type { CrmClient } from '../zoho/crm-client';
import type { CrmError } from '../zoho/crm-error';
import { ok, type Result } from '../zoho/result';
import { searchExisting } from '../zoho/search-existing';
import type { BulkReader } from './connection';

export type ExistingRead = {
  readonly way: ReadWay;
  readonly costs: Readonly<Record<ReadWay, ReadCost>>;
  readonly records: readonly CandidateRecord[];
  /** Searches that had more matches than Zoho serves. */
  readonly truncated: boolean;
};

/** Reads the existing records the file could match, by searches or by one Bulk Read of the module. */
export const readExisting = async (input: {
  readonly module: string;
  readonly rows: readonly (Values | null)[];
  readonly fields: readonly string[];
  /** The duplicate check order and unique fields: their values are searched on their own. */
  readonly exactFields: readonly string[];
  readonly client: CrmClient;
  readonly bulk: BulkReader;
  readonly way: ReadWay | 'auto';
  readonly moduleRecords?: number;
}): Promise<Result<ExistingRead, CrmError>> => {
  const plan = planSearches(input.module, input.rows, input.exactFields, (f) => input.fields.includes(f));
  const costs = readCosts({
    criteria: plan.exact.length + plan.loose.length,
    ...(input.moduleRecords !== undefined ? { moduleRecords: input.moduleRecords } : {}),
  });
  const way = input.way === 'auto' ? cheaperRead(costs) : input.way;
  if (way === 'bulk') {
    const read = await input.bulk.readModule(input.module, ['Owner', 'Modified_Time', ...input.fields]);
    return read.ok ? ok({ way, costs, records: read.value.records, truncated: false }) : read;
  }
  const found = await searchExisting(input.client, input.module, plan);
  return found.ok
    ? ok({ way, costs, records: found.value.records, truncated: found.value.truncated })
    : found;
};
