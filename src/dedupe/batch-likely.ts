import { asText } from './fold';
import type { MatchConfig } from './match-config';
import { nicknameGroups } from './nicknames';
import { normaliseName } from './normalise-name';
import { normalisePhone } from './normalise-phone';
import { type PreparedRecord, prepareRecord } from './prepared-record';
import { prepareValue } from './prepared-value';
import { makeScorer } from './score-record';
import type { CandidateRecord, MatchKind, Values } from './types';

const NORMALISED: ReadonlySet<MatchKind> = new Set(['street', 'postcode', 'website']);

// A key shared by more rows than this says little; its first rows stand for it.
const BLOCK_CAP = 12;

const PLAIN_WORD = /^[A-Za-z]+$/;
// Most names are one plain word, whose normal form is its lower case: the normaliser's passes are for the rest.
const nameKey = (raw: string): string => (PLAIN_WORD.test(raw) ? raw.toLowerCase() : normaliseName(raw));

/**
 * Blocking keys for the batch, from each field's normal form: equal values of selective fields, an email's mailbox
 * (a misspelt domain), a phone's last seven digits (a number stored without its area code), name starts in either
 * order (typos after the first letters, swapped names), the first name with the city, house number with the street's
 * start or the postcode, the website.
 */
export const keysOf = (values: Values, config: MatchConfig): string[] => {
  const keys: string[] = [];
  let first = '';
  let last = '';
  let house = '';
  let street = '';
  let zip = '';
  config.fields.forEach((f, i) => {
    const raw = asText(values[f.field]);
    if (!raw) return;
    // Only the kinds whose key needs their normaliser pay for it; the rest key on plain text.
    const v = NORMALISED.has(f.kind) ? prepareValue(f.kind, raw) : { raw, key: raw.toLowerCase() };
    if (!v) return;
    switch (f.kind) {
      case 'email': {
        keys.push(`e|${v.key}`);
        const at = v.key.lastIndexOf('@');
        if (at > 2) keys.push(`el|${v.key.slice(0, at)}`);
        break;
      }
      case 'phone': {
        const n = normalisePhone(raw);
        if (n) keys.push(`p|${n.national}`);
        const digits = raw.replace(/\D+/g, '');
        if (digits.length >= 7) keys.push(`p7|${digits.slice(-7)}`);
        break;
      }
      case 'first_name':
        first = nameKey(raw);
        break;
      case 'last_name':
        last = nameKey(raw);
        break;
      case 'postcode':
        zip = v.key;
        break;
      case 'street': {
        const [no = '', name = ''] = v.key.split(' ');
        if (/\d/.test(no)) {
          house = no;
          street = [...name].slice(0, 3).join('');
        }
        break;
      }
      case 'website':
        keys.push(`${i}|${v.key}`);
        break;
      default:
        break;
    }
  });
  const start = (s: string, n: number): string => [...s].slice(0, n).join('');
  if (last) keys.push(`n|${last}|${start(first, 2)}`);
  if (first && last) {
    keys.push(first < last ? `s|${first}|${last}` : `s|${last}|${first}`);
  }
  if (house && street) keys.push(`hs|${house}|${street}`);
  if (house && zip) keys.push(`hz|${house}|${zip}`);
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
  // Most keys belong to one record only: a number until a second record shares it, then a list.
  const blocks = new Map<string, number | number[]>();
  const all: Values[] = [...rows, ...existing.map((r) => r.values)];
  const prepared: (PreparedRecord | undefined)[] = [];
  const prep = (i: number): PreparedRecord => {
    let p = prepared[i];
    if (!p) {
      p = prepareRecord(all[i] ?? {}, config, module);
      prepared[i] = p;
    }
    return p;
  };
  const keys = all.map((v) => keysOf(v, config));
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const b = blocks.get(k);
      if (b === undefined) blocks.set(k, i);
      else if (typeof b === 'number') blocks.set(k, [b, i]);
      else if (b.length < BLOCK_CAP) b.push(i);
    }
  });
  // One accessor for every pair: the scorer reads the current other record through it.
  let other: PreparedRecord = [];
  const get = (k: number) => other[k] ?? null;
  const stamp = new Int32Array(all.length).fill(-1);
  const out: { likelyRows: number[]; likelyRecords: string[] }[] = [];
  const others: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    // Each row is compared once with earlier rows and existing records that share one of its keys.
    others.length = 0;
    for (const k of keys[i] ?? []) {
      const b = blocks.get(k);
      if (b === undefined || typeof b === 'number') continue;
      for (const j of b)
        if ((j < i || j >= rows.length) && stamp[j] !== i) {
          stamp[j] = i;
          others.push(j);
        }
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
