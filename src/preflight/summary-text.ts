import type { ApplyOutcome } from '../zoho/batch-writer';
import type { PreflightRun } from './run-preflight';

/** The human summary: counts, how existing records were read and what each way would have cost. */
export const summaryLines = (run: PreflightRun, apply: ApplyOutcome | null, calls: number): string[] => {
  const s = run.preflight.summary;
  const { search, bulk } = run.read.costs;
  const lines = [
    ...run.table.warnings.map((w) => `warning: ${w}`),
    ...(run.read.truncated
      ? ['warning: a search matched more than the 2,000 records Zoho serves; --read bulk sees them all']
      : []),
    ...(run.map.unmapped.length > 0 ? [`columns not imported: ${run.map.unmapped.join(', ')}`] : []),
    `read ${run.existing.length} existing ${run.module} by ${run.read.way === 'bulk' ? 'Bulk Read' : 'search'}` +
      ` (search: ${search.calls} calls, ${search.credits} credits; Bulk Read: ~${bulk.calls} calls, ~${bulk.credits} credits)`,
    `${s.rows} rows: ${s.insert} insert, ${s.update} update, ${s.inBatchDuplicate} repeat an earlier row,` +
      ` ${s.duplicateError} refused on an existing record, ${s.skip} empty`,
    `likely duplicates Zoho will not catch: ${s.likelyInFile} rows within the file (${s.clusters} clusters), ${s.likelyInCrm} rows in the CRM`,
  ];
  if (apply) {
    const count = (state: string) => apply.rows.filter((r) => r.state === state).length;
    lines.push(
      `written: ${count('inserted')} inserted, ${count('updated')} updated, ${count('merged')} merged into another row,` +
        ` ${count('skipped')} skipped, ${count('failed')} failed, ${count('unknown')} unknown` +
        (apply.resumedRows > 0 ? ` (${apply.resumedRows} rows already done by an earlier run)` : ''),
    );
  }
  lines.push(`API calls: ${calls}`);
  return lines;
};
