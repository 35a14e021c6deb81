import { searchCriteria } from '../dedupe/preflight-reads';
import { cheaperRead, type ReadCost, type ReadWay, readCosts } from '../dedupe/read-cost';
import type { CandidateRecord, Values } from '../dedupe/types';
import type { CrmClient } from '../zoho/crm-client';
import type { CrmError } from '../zoho/crm-error';
import { err, ok, type Result } from '../zoho/result';
import type { BulkReader } from './connection';

export type ExistingRead = {
  readonly way: ReadWay;
  readonly costs: Readonly<Record<ReadWay, ReadCost>>;
  readonly records: readonly CandidateRecord[];
};

/** Reads the existing records the file could match, by searches or by one Bulk Read of the module. */
export const readExisting = async (input: {
  readonly module: string;
  readonly rows: readonly (Values | null)[];
  readonly fields: readonly string[];
  readonly client: CrmClient;
  readonly bulk: BulkReader;
  readonly way: ReadWay | 'auto';
  readonly moduleRecords?: number;
}): Promise<Result<ExistingRead, CrmError>> => {
  const criteria = searchCriteria(input.rows, input.fields);
  const costs = readCosts({
    criteria: criteria.length,
    ...(input.moduleRecords !== undefined ? { moduleRecords: input.moduleRecords } : {}),
  });
  const way = input.way === 'auto' ? cheaperRead(costs) : input.way;
  if (way === 'bulk') {
    const read = await input.bulk.readModule(input.module, ['Owner', 'Modified_Time', ...input.fields]);
    return read.ok ? ok({ way, costs, records: read.value.records }) : read;
  }
  if (criteria.length === 0) return ok({ way, costs, records: [] });
  const found = await input.client.search(input.module, { type: 'criteria', criteria }, { perPage: 200 });
  if (!found.ok) return err(found.error);
  return ok({ way, costs, records: found.value.records });
};
