import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { StoredRecord } from '../store/types';
import { formatZohoTime } from '../time';

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object') return String((value as { id?: unknown }).id ?? '');
  return String(value);
};

const exportValue = (record: StoredRecord, field: string): unknown => {
  if (field === 'Id') return record.id;
  if (field === 'Owner') return record.ownerId;
  if (field === 'Created_Time') return formatZohoTime(record.createdMs);
  if (field === 'Modified_Time') return formatZohoTime(record.modifiedMs);
  if (field === 'Created_By') return record.createdBy;
  if (field === 'Modified_By') return record.modifiedBy;
  return record.values[field];
};

/** The columns of an export: Id first, then the requested fields (all of the module's when none were asked for). */
export const exportColumns = (all: readonly string[], fields: readonly string[]): readonly string[] => {
  const asked = fields.length > 0 ? fields : all;
  return ['Id', ...asked.filter((f) => f !== 'Id' && f !== 'id')];
};

/** The download: a zip holding `{job id}.csv`, lookups written as their id (Zoho's Bulk Read file layout). */
export const zippedCsv = (
  jobId: string,
  columns: readonly string[],
  records: readonly StoredRecord[],
): Uint8Array => {
  const rows = records.map((r) => columns.map((c) => cell(exportValue(r, c))));
  const csv = Papa.unparse({ fields: [...columns], data: rows }, { newline: '\n' });
  return zipSync({ [`${jobId}.csv`]: strToU8(csv) }, { level: 1 });
};
