import { asText, codePointPrefix } from './fold';
import type { MatchConfig } from './match-config';
import { nicknameGroups } from './nicknames';
import { normalisePhone } from './normalise-phone';
import { ownEntry } from './own-entry';
import { type PreparedRecord, prepareRecord } from './prepared-record';
import { keyOf } from './prepared-value';
import { makeScorer } from './score-record';
import { termWeights } from './term-frequency';
import type { CandidateRecord, Values } from './types';

// A key shared by more rows than this says little; its first rows stand for it.
const BLOCK_CAP = 12;
// A name with a city (`nc`) is shared by far more rows (every John in London): its first two rows stand for it, which
// keeps a large file's pairs few and still pairs a rare name's rows.
const CITY_CAP = 2;
// Keys that catch what the others miss (names' and an email's starts, a street's name) are shared by many rows of a
// common name or a long street: they pair a block's rows only while it has at most RARE_MAX of them, and none of a
// larger one.
const RARE_MAX = 6;
/** How a block of the tag's key is paired, in the two lowest bits of its hash. */
const CAPPED = 0;
const CITY = 1;
const RARE = 2;

/** The evidence a blocking key shares; calibration trains one session per rule (as Splink does per blocking rule). */
export type BlockingRule = 'email' | 'phone' | 'name' | 'address' | 'website';

/**
 * Every tag a key is emitted under (a website's is its field's index): how its block is paired, and the rule whose
 * calibration session its pairs join. The rare keys and the name with the city train none: mapped into the
 * sessions, they made the calibrated weights score worse than the hand-set ones.
 */
const TAGS = {
  e: { block: CAPPED, rule: 'email' },
  el: { block: CAPPED, rule: 'email' },
  e6: { block: RARE, rule: null },
  p: { block: CAPPED, rule: 'phone' },
  p7: { block: CAPPED, rule: 'phone' },
  n: { block: CAPPED, rule: 'name' },
  ln: { block: RARE, rule: null },
  fn: { block: RARE, rule: null },
  s: { block: CAPPED, rule: 'name' },
  nc: { block: CITY, rule: null },
  hs: { block: CAPPED, rule: 'address' },
  hz: { block: CAPPED, rule: 'address' },
  sz: { block: RARE, rule: null },
  k: { block: CAPPED, rule: 'name' },
} as const satisfies Readonly<Record<string, { block: number; rule: BlockingRule | null }>>;
type Tag = keyof typeof TAGS | `${number}`;

const entryOf = (tag: string): { block: number; rule: BlockingRule | null } | undefined =>
  ownEntry<{ block: number; rule: BlockingRule | null }>(TAGS, tag);
const blockClass = (tag: string): number => entryOf(tag)?.block ?? CAPPED;

/** The calibration rule of a key's tag (see keysOf); a website's key is tagged by its field's index. */
export const ruleOfTag = (tag: string): BlockingRule | undefined =>
  /^\d+$/.test(tag) ? 'website' : (entryOf(tag)?.rule ?? undefined);

// Letters of a street's name kept in its key: enough to tell streets apart, few enough to outlast a late typo.
const STREET_START = 5;

/** Receives one blocking key: its rule's tag and one or two parts. */
type Emit = (tag: Tag, a: string, b?: string) => void;

/**
 * Blocking keys for the batch, from each field's normal form, one pass each, so that a pair needs to agree on one
 * of them only: equal values of selective fields, an email's mailbox (a misspelt domain) and its first six
 * characters (a typo late in the address; rare blocks only), a phone's last seven digits (a number stored without
 * its area code), a surname with the first name's start (a typo late in the first name), each name's start with the
 * other's initial (a typo late in both; rare blocks only), both names in either order (swapped names), each name
 * with the city, in either name field (the other name misspelt or missing, or the names crossed), house number with the street's start or the postcode, the
 * street's name with the postcode (its number missing or mistyped; rare blocks only), the website.
 */
const eachKey = (values: Values, config: MatchConfig, emit: Emit): void => {
  let first = '';
  let last = '';
  let house = '';
  let street = '';
  let zip = '';
  let city = '';
  let streetName = '';
  config.fields.forEach((f, i) => {
    const raw = asText(values[f.field]);
    if (!raw) return;
    // Only the kinds whose key needs their normaliser pay for it; the rest key on plain text. No key is kept as
    // an object: this runs for every field of every row and record.
    switch (f.kind) {
      case 'email': {
        const key = raw.toLowerCase();
        emit('e', key);
        const at = key.lastIndexOf('@');
        if (at > 2) emit('el', key.slice(0, at));
        if (key.length > 6) emit('e6', key.slice(0, 6));
        break;
      }
      case 'phone': {
        const n = normalisePhone(raw);
        if (n) emit('p', n.national);
        const digits = raw.replace(/\D+/g, '');
        if (digits.length >= 7) emit('p7', digits.slice(-7));
        break;
      }
      case 'first_name':
        first = keyOf(f.kind, raw);
        break;
      case 'last_name':
        last = keyOf(f.kind, raw);
        break;
      case 'city':
        city = keyOf(f.kind, raw) || city;
        break;
      case 'postcode':
        zip = keyOf(f.kind, raw) || zip;
        break;
      case 'street': {
        const key = keyOf(f.kind, raw);
        const [no = '', name = ''] = key.split(' ');
        const numbered = /\d/.test(no);
        if (numbered) {
          house = no;
          street = [...name].slice(0, 3).join('');
        }
        // The street's name without its number, spaces dropped ("vaughan g arden"): its first letters.
        streetName = codePointPrefix(
          (numbered ? key.slice(no.length) : key).replaceAll(' ', ''),
          STREET_START,
        );
        break;
      }
      case 'website': {
        const host = keyOf(f.kind, raw);
        if (host) emit(`${i}`, host);
        break;
      }
      default:
        break;
    }
  });
  if (last) emit('n', last, codePointPrefix(first, 3));
  if (first && last) {
    emit('ln', codePointPrefix(last, 3), codePointPrefix(first, 1));
    emit('fn', codePointPrefix(first, 3), codePointPrefix(last, 1));
    if (first < last) emit('s', first, last);
    else emit('s', last, first);
  }
  if (city) {
    // Either name, whichever field holds it: a name typed in the other's field still meets its row.
    if (first) emit('nc', first, city);
    if (last) emit('nc', last, city);
  }
  if (house && street) emit('hs', house, street);
  if (house && zip) emit('hz', house, zip);
  if (streetName && zip) emit('sz', streetName, zip);
  for (const g of nicknameGroups(first)) emit('k', last, String(g));
};

/** The batch's blocking keys as text, `tag|part|part` (calibration groups pairs by the tag). */
export const keysOf = (values: Values, config: MatchConfig): string[] => {
  const keys: string[] = [];
  eachKey(values, config, (tag, a, b) => keys.push(b === undefined ? `${tag}|${a}` : `${tag}|${a}|${b}`));
  return keys;
};

// FNV-1a over a key's parts, as keysOf would spell it: the batch blocks on these numbers instead of building a
// string per key. Two keys that share a hash only add a pair to score; they never hide one.
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const mix = (h: number, text: string): number => {
  let x = h;
  for (let c = 0; c < text.length; c++) x = Math.imul(x ^ text.charCodeAt(c), FNV_PRIME);
  return x;
};
const SEPARATOR = 124; // '|'
const keyHash = (tag: string, a: string, b: string | undefined): number => {
  let h = mix(mix(FNV_OFFSET, tag) ^ SEPARATOR, a);
  if (b !== undefined) h = mix(Math.imul(h ^ SEPARATOR, FNV_PRIME), b);
  return h >>> 0;
};

/** Numbers appended to one typed array, doubled when full: no boxed array to copy and collect. */
class GrowingNumbers {
  private items: Float64Array;
  private length = 0;
  constructor(capacity: number) {
    this.items = new Float64Array(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.length === this.items.length) {
      const more = new Float64Array(this.items.length * 2);
      more.set(this.items);
      this.items = more;
    }
    this.items[this.length++] = x;
  }
  /** The numbers pushed, as a view of the array (no copy). */
  done(): Float64Array {
    return this.items.subarray(0, this.length);
  }
}

const bitsFor = (n: number): number => Math.max(1, Math.ceil(Math.log2(n + 1)));

/**
 * Pairs that share a blocking key, each once, ordered by row then by the other record: a sort of (key, record)
 * numbers finds the records of each key side by side. A key keeps its first BLOCK_CAP records (CITY_CAP for a name
 * with a city); every later record that holds it is still compared with those. A rare-only key pairs nothing in a
 * block of more than RARE_MAX records.
 */
const blockedPairs = (all: readonly Values[], rowCount: number, config: MatchConfig): Float64Array => {
  const indexBits = bitsFor(all.length);
  if (2 * indexBits > 53) throw new Error(`a batch of ${all.length} records is too large to check at once`);
  const indexScale = 2 ** indexBits;
  const hashScale = 2 ** Math.min(32, 53 - indexBits);
  const entries = new GrowingNumbers(all.length * 8);
  all.forEach((values, i) => {
    eachKey(values, config, (tag, a, b) => {
      // The hash's two lowest bits say how its block is paired.
      const hash = ((keyHash(tag, a, b) & ~3) | blockClass(tag)) >>> 0;
      entries.push((hash % hashScale) * indexScale + i);
    });
  });
  const sorted = entries.done().sort();
  const pairs = new GrowingNumbers(all.length * 2);
  for (let start = 0; start < sorted.length; ) {
    const key = Math.floor((sorted[start] as number) / indexScale);
    let end = start + 1;
    while (end < sorted.length && Math.floor((sorted[end] as number) / indexScale) === key) end++;
    const how = key % 4;
    if (end - start > 1 && (how !== RARE || end - start <= RARE_MAX)) {
      const capped = Math.min(end, start + (how === CITY ? CITY_CAP : BLOCK_CAP));
      for (let x = start; x < end; x++) {
        const i = (sorted[x] as number) % indexScale;
        if (i >= rowCount) continue;
        for (let y = start; y < capped; y++) {
          const j = (sorted[y] as number) % indexScale;
          if (j !== i && (j < i || j >= rowCount)) pairs.push(i * indexScale + j);
        }
      }
    }
    start = end;
  }
  return pairs.done().sort();
};

/**
 * Likely duplicates per row (earlier rows and existing records), scored only within shared blocking keys, names and
 * cities weighed by how common they are in the file and the records together.
 */
export const likelyPairs = (
  module: string,
  rows: readonly Values[],
  existing: readonly CandidateRecord[],
  config: MatchConfig,
  floor: number,
): { likelyRows: number[]; likelyRecords: string[] }[] => {
  const all: Values[] = [...rows, ...existing.map((r) => r.values)];
  const terms = termWeights(all, config);
  const prepared: (PreparedRecord | undefined)[] = [];
  const prep = (i: number): PreparedRecord => {
    let p = prepared[i];
    if (!p) {
      p = prepareRecord(all[i] ?? {}, config, module);
      prepared[i] = p;
    }
    return p;
  };
  const pairs = blockedPairs(all, rows.length, config);
  const indexScale = 2 ** bitsFor(all.length);
  // One accessor for every pair: the scorer reads the current other record through it.
  let other: PreparedRecord = [];
  const get = (k: number) => other[k] ?? null;
  const out: { likelyRows: number[]; likelyRecords: string[] }[] = [];
  let row = -1;
  let score: ReturnType<typeof makeScorer> | null = null;
  let previous = -1;
  for (const pair of pairs) {
    if (pair === previous) continue;
    previous = pair;
    const i = Math.floor(pair / indexScale);
    const j = pair % indexScale;
    if (i !== row) {
      row = i;
      score = makeScorer(prep(i), config, false, terms);
    }
    other = prep(j);
    if (!score?.(get, floor)) continue;
    let slot = out[i];
    if (!slot) {
      slot = { likelyRows: [], likelyRecords: [] };
      out[i] = slot;
    }
    if (j < rows.length) slot.likelyRows.push(j);
    else slot.likelyRecords.push(existing[j - rows.length]?.id ?? '');
  }
  return out;
};
