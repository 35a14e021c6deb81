import { asText } from './fold';
import type { MatchConfig } from './match-config';
import { nicknameGroups } from './nicknames';
import { normaliseName } from './normalise-name';
import { normalisePhone } from './normalise-phone';
import { type PreparedRecord, prepareRecord } from './prepared-record';
import { makeScorer } from './score-record';
import type { CandidateRecord, Values } from './types';

// A key shared by more rows than this says little; its first rows stand for it.
const BLOCK_CAP = 12;

/** Blocking keys for the batch: email, phone number, last name with the first name's start or nickname group, both names in either order. */
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
    } else if (f.kind === 'first_name') first = normaliseName(raw);
    else if (f.kind === 'last_name') last = normaliseName(raw);
  }
  if (last) keys.push(`n|${last}|${first.slice(0, 2)}`);
  if (first && last) keys.push(first < last ? `s|${first}|${last}` : `s|${last}|${first}`);
  for (const g of nicknameGroups(first)) keys.push(`k|${last}|${g}`);
  return keys;
};

/** Likely duplicates per row (earlier rows and existing records), scored only within shared blocking keys. */
export const likelyPairs = (
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
  const prepared: (PreparedRecord | undefined)[] = [];
  const prep = (i: number): PreparedRecord => {
    let p = prepared[i];
    if (!p) {
      p = prepareRecord(all[i] ?? {}, config, module);
      prepared[i] = p;
    }
    return p;
  };
  // One accessor for every pair: the scorer reads the current other record through it.
  let other: PreparedRecord = [];
  const get = (k: number) => other[k] ?? null;
  const stamp = new Int32Array(all.length).fill(-1);
  const out: { likelyRows: number[]; likelyRecords: string[] }[] = [];
  const others: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    // Each row is compared once with earlier rows and existing records that share one of its keys.
    others.length = 0;
    for (const k of keys[i] ?? [])
      for (const j of blocks.get(k) ?? [])
        if ((j < i || j >= rows.length) && stamp[j] !== i) {
          stamp[j] = i;
          others.push(j);
        }
    if (others.length === 0) continue;
    const score = makeScorer(prep(i), config);
    const slot = { likelyRows: [] as number[], likelyRecords: [] as string[] };
    for (const j of others) {
      other = prep(j);
      if (!score(get, floor)) continue;
      if (j < rows.length) slot.likelyRows.push(j);
      else slot.likelyRecords.push(existing[j - rows.length]?.id ?? '');
    }
    if (slot.likelyRows.length || slot.likelyRecords.length) out[i] = slot;
  }
  return out;
};
