import { type ColumnMap, mapColumns, rowValues } from '../dedupe/column-map';
import { type CsvTable, readCsv } from '../dedupe/csv-table';
import { blockingFields, duplicateCheckOrder } from '../dedupe/duplicate-check-order';
import { loadNicknameList } from '../dedupe/nicknames';
import { type Preflight, planPreflight } from '../dedupe/preflight-plan';
import { comparedFields } from '../dedupe/preflight-reads';
import type { ReadCost, ReadWay } from '../dedupe/read-cost';
import type { CandidateRecord, FieldInfo, Values } from '../dedupe/types';
import { describeError } from '../zoho/describe-error';
import type { Connection } from './connection';
import { readExisting } from './read-existing';

export type PreflightRun = {
  readonly module: string;
  readonly table: CsvTable;
  readonly map: ColumnMap;
  readonly fields: readonly FieldInfo[];
  readonly values: readonly (Values | null)[];
  readonly order: readonly string[];
  readonly existing: readonly CandidateRecord[];
  readonly read: {
    readonly way: ReadWay;
    readonly costs: Readonly<Record<ReadWay, ReadCost>>;
    readonly truncated: boolean;
  };
  readonly preflight: Preflight;
};

export type RunResult =
  | { readonly ok: true; readonly run: PreflightRun }
  | { readonly ok: false; readonly error: string };

export type RunInput = {
  readonly bytes: Uint8Array;
  readonly module: string;
  readonly map?: string;
  readonly read?: ReadWay | 'auto';
  readonly connection: Connection;
};

/** File in, verdicts out: parse, map, read what exists (searches or Bulk Read), then the pure preflight. */
export const runPreflight = async (input: RunInput): Promise<RunResult> => {
  const csv = readCsv(input.bytes);
  if (!csv.ok) return { ok: false, error: `cannot read the CSV: ${csv.error}` };
  const fields = await input.connection.client.getFields(input.module);
  if (!fields.ok)
    return { ok: false, error: `cannot read the fields of ${input.module}: ${describeError(fields.error)}` };
  const mapped = mapColumns(csv.table.headers, fields.value, input.map ?? '');
  if (!mapped.ok) return mapped;
  if (mapped.map.columns.every((c) => c === null))
    return { ok: false, error: `no column maps to a field of ${input.module}; use --map "column=Field"` };
  const values = rowValues(csv.table, mapped.map);
  const order = duplicateCheckOrder({ module: input.module, fields: fields.value });
  const uniqueFields = [...new Set([...order, ...blockingFields(fields.value)])];
  const compared = comparedFields(input.module, order, uniqueFields).filter((f) =>
    fields.value.some((x) => x.apiName === f),
  );
  const read = await readExisting({
    module: input.module,
    rows: values,
    fields: compared,
    exactFields: uniqueFields,
    client: input.connection.client,
    bulk: input.connection.bulk,
    // The local sandbox spends no credits: reading it whole is exact, whatever the file's size.
    way: (input.read ?? 'auto') === 'auto' && input.connection.local ? 'bulk' : (input.read ?? 'auto'),
  });
  if (!read.ok)
    return { ok: false, error: `cannot read existing ${input.module}: ${describeError(read.error)}` };
  await loadNicknameList();
  const preflight = planPreflight({
    module: input.module,
    rows: values,
    existing: read.value.records,
    order,
    uniqueFields,
  });
  return {
    ok: true,
    run: {
      module: input.module,
      table: csv.table,
      map: mapped.map,
      fields: fields.value,
      values,
      order,
      existing: read.value.records,
      read: { way: read.value.way, costs: read.value.costs, truncated: read.value.truncated },
      preflight,
    },
  };
};
