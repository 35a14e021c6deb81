import { asText } from './fold';
import { DEFAULT_THRESHOLDS, type MatchConfig, matchConfigFor } from './match-config';
import { normalisePhone } from './normalise-phone';
import { prepareRecord } from './prepared-record';
import { makeScorer } from './score-record';
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
const BLOCK_CAP = 50;

/** Import preflight: Zoho's verdict per row plus likely duplicates, through hash indexes (never all pairs). */
export const checkBatch = (request: BatchRequest): BatchReport => {
  const { rows, existing, order } = request;
  const unique = request.uniqueFields ?? order;
  const config = request.config ?? matchConfigFor(request.module);
  const floor = Math.log2(
    (request.thresholds ?? DEFAULT_THRESHOLDS).likely /
      (1 - (request.thresholds ?? DEFAULT_THRESHOLDS).likely),
  );
  const byValue = new Map<string, CandidateRecord>();
  for (const r of existing)
    for (const f of new Set([...order, ...unique])) byValue.set(`${f}|${norm(r.values[f])}`, r);
  const seen = new Map<string, number>();
  const outcomes = rows.map((row, i): RowOutcome => {
    let outcome: RowOutcome | null = null;
    for (const f of order) {
      const hit = byValue.get(`${f}|${norm(row[f])}`);
      if (norm(row[f]) && hit) {
        outcome = { action: 'update', recordId: hit.id, field: f };
        break;
      }
    }
    for (const f of unique) {
      const v = norm(row[f]);
      if (!v) continue;
      const earlier = seen.get(`${f}|${v}`);
      const hit = byValue.get(`${f}|${v}`);
      if (earlier !== undefined) outcome ??= { action: 'in-batch-duplicate', row: earlier, field: f };
      else seen.set(`${f}|${v}`, i);
      if (hit && outcome?.action !== 'update')
        outcome ??= { action: 'duplicate-error', recordId: hit.id, field: f };
    }
    return outcome ?? { action: 'insert' };
  });
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

const none = { likelyRows: [] as number[], likelyRecords: [] as string[] };

/** Blocking keys for the batch: email, phone number, and last name with first initial. */
const keysOf = (values: Values, config: MatchConfig): string[] => {
  const keys: string[] = [];
  let first = '';
  let last = '';
  for (const f of config.fields) {
    const raw = asText(values[f.field]);
    if (!raw) continue;
    if (f.kind === 'email') keys.push(`e|${raw.toLowerCase()}`);
    else if (f.kind === 'phone') {
      const p = normalisePhone(raw);
      if (p) keys.push(`p|${p.national}`);
    } else if (f.kind === 'first_name') first = raw.charAt(0).toLowerCase();
    else if (f.kind === 'last_name') last = raw.toLowerCase().replace(/[^a-z]/g, '');
    else if (f.kind === 'company') keys.push(`c|${raw.toLowerCase().slice(0, 5)}`);
  }
  if (last) keys.push(`n|${last}|${first}`, `n|${first}|${last.charAt(0)}`);
  return keys;
};

const likelyPairs = (
  module: string,
  rows: readonly Values[],
  existing: readonly CandidateRecord[],
  config: MatchConfig,
  floor: number,
): { likelyRows: number[]; likelyRecords: string[] }[] => {
  const blocks = new Map<string, number[]>();
  const all: Values[] = [...rows, ...existing.map((r) => r.values)];
  const keys = all.map((v) => keysOf(v, config));
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const b = blocks.get(k);
      if (!b) blocks.set(k, [i]);
      else if (b.length < BLOCK_CAP) b.push(i);
    }
  });
  const prepared = new Map<number, ReturnType<typeof prepareRecord>>();
  const prep = (i: number) => {
    let p = prepared.get(i);
    if (!p) {
      p = prepareRecord(all[i] ?? {}, config, module);
      prepared.set(i, p);
    }
    return p;
  };
  const out: { likelyRows: number[]; likelyRecords: string[] }[] = [];
  rows.forEach((_, i) => {
    // Each row is compared with earlier rows and existing records that share one of its keys.
    const others = new Set<number>();
    for (const k of keys[i] ?? [])
      for (const j of blocks.get(k) ?? []) if (j < i || j >= rows.length) others.add(j);
    if (others.size === 0) return;
    const score = makeScorer(prep(i), config);
    const slot = { likelyRows: [] as number[], likelyRecords: [] as string[] };
    for (const j of others) {
      const other = prep(j);
      if (!score((k) => other[k] ?? null, floor)) continue;
      if (j < rows.length) slot.likelyRows.push(j);
      else slot.likelyRecords.push(existing[j - rows.length]?.id ?? '');
    }
    if (slot.likelyRows.length || slot.likelyRecords.length) out[i] = slot;
  });
  return out;
};
