import type { StoredRecord } from './types';

export type RecordRow = {
  readonly id: string;
  readonly module: string;
  readonly owner_id: string;
  readonly created_by: string;
  readonly modified_by: string;
  readonly created_ms: number;
  readonly modified_ms: number;
  readonly indexed_ms: number;
  readonly converted: string | null;
  readonly data: string;
};

export const recordToRow = (r: StoredRecord): RecordRow => ({
  id: r.id,
  module: r.module,
  owner_id: r.ownerId,
  created_by: r.createdBy,
  modified_by: r.modifiedBy,
  created_ms: r.createdMs,
  modified_ms: r.modifiedMs,
  indexed_ms: r.indexedMs,
  converted: r.converted ? JSON.stringify(r.converted) : null,
  data: JSON.stringify(r.values),
});

export const rowToRecord = (row: RecordRow): StoredRecord => ({
  id: row.id,
  module: row.module,
  ownerId: row.owner_id,
  createdBy: row.created_by,
  modifiedBy: row.modified_by,
  createdMs: row.created_ms,
  modifiedMs: row.modified_ms,
  indexedMs: row.indexed_ms,
  converted: row.converted ? (JSON.parse(row.converted) as StoredRecord['converted']) : null,
  values: JSON.parse(row.data) as Record<string, unknown>,
});
