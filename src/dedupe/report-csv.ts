import Papa from 'papaparse';
import type { CsvTable } from './csv-table';
import type { Preflight } from './preflight-plan';
import type { CandidateRecord } from './types';

/** What became of a row after the write (the batch writer's answer, by shape). */
export type ReportFate = {
  readonly row: number;
  readonly state: string;
  readonly recordId: string | null;
  readonly message: string;
};

export type ReportInput = {
  readonly table: CsvTable;
  readonly existing: readonly CandidateRecord[];
  readonly preflight: Preflight;
};

/** The input CSV, every row of it, followed by what the preflight found and, after --apply, what became of it. */
export const reportCsv = (
  run: ReportInput,
  fates: readonly ReportFate[] | null,
  link: (id: string) => string | null,
): string => {
  const byId = new Map<string, CandidateRecord>(run.existing.map((r) => [r.id, r]));
  const fateOf = new Map((fates ?? []).map((f) => [f.row, f]));
  const width = run.table.headers.length;
  const extra = [
    'preflight_action',
    'preflight_field',
    'preflight_record_id',
    'preflight_record_owner',
    'preflight_record_link',
    'preflight_duplicate_of_row',
    'preflight_likely_rows',
    'preflight_likely_records',
    ...(fates ? ['result_state', 'result_record_id', 'result_message'] : []),
  ];
  const data = run.preflight.rows.map((r, i) => {
    const cells = [...(run.table.rows[i] ?? [])].slice(0, width);
    while (cells.length < width) cells.push('');
    const owner = r.recordId ? (byId.get(r.recordId)?.owner ?? null) : null;
    const fate = fateOf.get(r.row);
    return [
      ...cells,
      r.action,
      r.field ?? '',
      r.recordId ?? '',
      owner ? owner.name || owner.id : '',
      r.recordId ? (link(r.recordId) ?? '') : '',
      r.duplicateOfRow === null ? '' : String(r.duplicateOfRow),
      r.likelyRows.join(' '),
      r.likelyRecords.join(' '),
      ...(fates ? [fate?.state ?? '', fate?.recordId ?? '', fate?.message ?? ''] : []),
    ];
  });
  return Papa.unparse({ fields: [...run.table.headers, ...extra], data }, { newline: '\n' });
};
