import { likelyPairs } from './batch-likely';
import { asText } from './fold';
import { DEFAULT_THRESHOLDS, type MatchConfig, matchConfigFor } from './match-config';
import type { CandidateRecord, Thresholds, Values } from './types';

/** Zoho's limit of records in one write call. */
export const CHUNK_SIZE = 100;

export type RowOutcome =
  | { readonly action: 'insert' }
  | { readonly action: 'update'; readonly recordId: string; readonly field: string }
  /** An earlier row of the batch holds the same unique value: Zoho answers DUPLICATE_DATA for this one. */
  | { readonly action: 'in-batch-duplicate'; readonly row: number; readonly field: string }
  | { readonly action: 'duplicate-error'; readonly recordId: string; readonly field: string };

export type BatchRow = {
  readonly outcome: RowOutcome;
  /** Likely duplicates Zoho will not catch: other rows (by index) and existing records (by id). */
  readonly likelyRows: readonly number[];
  readonly likelyRecords: readonly string[];
};

export type BatchRequest = {
  readonly module: string;
  readonly rows: readonly Values[];
  readonly existing: readonly CandidateRecord[];
  /** Zoho's duplicate check order (upsert) and the unique fields (insert clashes). */
  readonly order: readonly string[];
  readonly uniqueFields?: readonly string[];
  readonly config?: MatchConfig;
  readonly thresholds?: Thresholds;
};

export type BatchReport = {
  readonly rows: readonly BatchRow[];
  readonly chunks: readonly (readonly number[])[];
};

const norm = (v: unknown): string => asText(v).toLowerCase();

/** Import preflight: Zoho's verdict per row plus likely duplicates, through hash indexes (never all pairs). */
export const checkBatch = (request: BatchRequest): BatchReport => {
  const { rows, existing, order } = request;
  const unique = request.uniqueFields ?? order;
  const config = request.config ?? matchConfigFor(request.module);
  const floor = Math.log2(
    (request.thresholds ?? DEFAULT_THRESHOLDS).likely /
      (1 - (request.thresholds ?? DEFAULT_THRESHOLDS).likely),
  );
  const outcomes = zohoOutcomes(rows, existing, order, unique);
  const likely = likelyPairs(request.module, rows, existing, config, floor);
  const report = rows.map((_, i) => ({
    outcome: outcomes[i] ?? { action: 'insert' as const },
    ...(likely[i] ?? none),
  }));
  const chunks: number[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK_SIZE)
    chunks.push(rows.slice(i, i + CHUNK_SIZE).map((_, k) => i + k));
  return { rows: report, chunks };
};

/** What Zoho answers per row: the first field in `order` equal to an existing value updates; a unique value seen before clashes. */
const zohoOutcomes = (
  rows: readonly Values[],
  existing: readonly CandidateRecord[],
  order: readonly string[],
  unique: readonly string[],
): RowOutcome[] => {
  const fields = [...new Set([...order, ...unique])];
  const index = new Map(fields.map((f) => [f, new Map<string, CandidateRecord>()]));
  const seen = new Map(unique.map((f) => [f, new Map<string, number>()]));
  for (const r of existing)
    for (const f of fields) {
      const v = norm(r.values[f]);
      if (v) index.get(f)?.set(v, r);
    }
  // Each field is lower-cased once per row, though the order and the unique fields both read it.
  const position = new Map(fields.map((f, k) => [f, k]));
  const orderAt = order.map((f) => position.get(f) ?? 0);
  const uniqueAt = unique.map((f) => position.get(f) ?? 0);
  const uniqueSeen = unique.map((f) => seen.get(f));
  const indexOf = fields.map((f) => index.get(f));
  const normalised: string[] = fields.map(() => '');
  return rows.map((row, i): RowOutcome => {
    let outcome: RowOutcome | null = null;
    for (let k = 0; k < fields.length; k++) normalised[k] = norm(row[fields[k] as string]);
    for (let k = 0; k < order.length; k++) {
      const at = orderAt[k] as number;
      const v = normalised[at];
      const hit = v ? indexOf[at]?.get(v) : undefined;
      if (hit) {
        outcome = { action: 'update', recordId: hit.id, field: order[k] as string };
        break;
      }
    }
    for (let k = 0; k < unique.length; k++) {
      const at = uniqueAt[k] as number;
      const f = unique[k] as string;
      const v = normalised[at];
      if (!v) continue;
      const earlierRows = uniqueSeen[k];
      const earlier = earlierRows?.get(v);
      if (earlier !== undefined) outcome ??= { action: 'in-batch-duplicate', row: earlier, field: f };
      else earlierRows?.set(v, i);
      const hit = indexOf[at]?.get(v);
      if (hit && outcome?.action !== 'update')
        outcome ??= { action: 'duplicate-error', recordId: hit.id, field: f };
    }
    return outcome ?? { action: 'insert' };
  });
};

const none = { likelyRows: [] as number[], likelyRecords: [] as string[] };
