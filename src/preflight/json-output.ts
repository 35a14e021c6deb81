import type { Preflight } from '../dedupe/preflight-plan';
import type { ReadCost, ReadWay } from '../dedupe/read-cost';
import type { ApplyOutcome } from '../zoho/batch-writer';

/** One row of the `--json` object; this shape is a contract (docs/preflight.md): keep it exactly. */
export type JsonRow = {
  readonly row: number;
  readonly action: string;
  readonly record_id: string | null;
  readonly field: string | null;
  readonly duplicate_of_row: number | null;
  readonly likely_rows: readonly number[];
  readonly likely_records: readonly string[];
};

export const jsonRows = (preflight: Preflight): readonly JsonRow[] =>
  preflight.rows.map((r) => ({
    row: r.row,
    action: r.action,
    record_id: r.recordId,
    field: r.field,
    duplicate_of_row: r.duplicateOfRow,
    // Every other row that is the same person or company: the matcher's likely ones and the unique value's repeats.
    likely_rows: [...r.likelyRows, ...r.repeatRows].sort((x, y) => x - y),
    likely_records: r.likelyRecords,
  }));

const applySummary = (outcome: ApplyOutcome) => {
  const counts: Record<string, number> = {};
  for (const f of outcome.rows) counts[f.state] = (counts[f.state] ?? 0) + 1;
  return { ...counts, api_calls: outcome.calls, resumed_rows: outcome.resumedRows };
};

/** The one JSON object `--json` prints as its last line. */
export const jsonOutput = (input: {
  readonly module: string;
  readonly preflight: Preflight;
  readonly read: { readonly way: ReadWay; readonly costs: Readonly<Record<ReadWay, ReadCost>> };
  readonly calls: number;
  readonly warnings: readonly string[];
  readonly unmapped: readonly string[];
  readonly apply: ApplyOutcome | null;
}) => {
  const s = input.preflight.summary;
  return {
    module: input.module,
    rows: jsonRows(input.preflight),
    summary: {
      rows: s.rows,
      insert: s.insert,
      update: s.update,
      in_batch_duplicate: s.inBatchDuplicate,
      duplicate_error: s.duplicateError,
      skip: s.skip,
      likely_in_file: s.likelyInFile,
      likely_in_crm: s.likelyInCrm,
      clusters: input.preflight.clusters,
      read: { way: input.read.way, search: input.read.costs.search, bulk: input.read.costs.bulk },
      api_calls: input.calls,
      unmapped_columns: input.unmapped,
      warnings: input.warnings,
      ...(input.apply ? { apply: applySummary(input.apply) } : {}),
    },
  };
};
