import { type BlockingRule, keysOf, ruleOfTag } from './batch-likely';
import { compareField } from './compare-field';
import type { MatchConfig } from './match-config';
import type { PreparedRecord } from './prepared-record';
import type { Level, MatchKind, Values } from './types';

/** The comparison levels in the order the weights table lists them; a pair's level is its index here. */
export const LEVELS: readonly Level[] = ['exact', 'equal', 'close', 'partial', 'differ'];

/** A field either record leaves empty gives no evidence, as in the scorer. */
export const MISSING = -1;

/** Comparison levels of many pairs, one row of `fields` entries per pair (LEVELS index, or MISSING). */
export type PairLevels = { readonly fields: number; readonly count: number; readonly levels: Int8Array };

/** A small seeded generator (mulberry32): the same sample gives the same pairs and so the same weights. */
export const seededRandom = (seed: number): (() => number) => {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** The level each field of `a` and `b` reaches, written into `out` from `at`. */
const writeLevels = (
  a: PreparedRecord,
  b: PreparedRecord,
  config: MatchConfig,
  out: Int8Array,
  at: number,
) => {
  config.fields.forEach((f, i) => {
    const x = a[i];
    const y = b[i];
    out[at + i] = x && y ? LEVELS.indexOf(compareField(f.kind, x, y).level) : MISSING;
  });
};

const levelsOf = (
  pairs: readonly (readonly [number, number])[],
  prepared: readonly PreparedRecord[],
  config: MatchConfig,
): PairLevels => {
  const fields = config.fields.length;
  const levels = new Int8Array(pairs.length * fields);
  pairs.forEach(([i, j], k) => {
    writeLevels(prepared[i] ?? [], prepared[j] ?? [], config, levels, k * fields);
  });
  return { fields, count: pairs.length, levels };
};

// A key shared by more records than this says little (a common surname); its first records stand for it, as in
// the batch check.
const BLOCK_CAP = 12;

/** The kinds whose agreement a rule's shared key already implies: their weights cannot be learned from its pairs. */
export const RULE_KINDS: Readonly<Record<BlockingRule, readonly MatchKind[]>> = {
  email: ['email'],
  phone: ['phone'],
  name: ['first_name', 'last_name', 'full_name'],
  address: ['street', 'postcode'],
  website: ['website'],
};

const ruleOf = (key: string): BlockingRule | undefined => ruleOfTag(key.slice(0, key.indexOf('|')));

/** The pairs of one blocking rule: records that share one of its keys. */
export type Session = { readonly rule: BlockingRule; readonly pairs: PairLevels };

/**
 * Pairs of records that share a blocking key of the batch check, one set per rule (as Splink trains one session per
 * blocking rule): the pairs the matcher would score, where nearly all true duplicates are; at most `limit` a rule.
 */
export const blockedSessions = (
  records: readonly Values[],
  prepared: readonly PreparedRecord[],
  config: MatchConfig,
  limit: number,
): Session[] => {
  const blocks = new Map<string, number[]>();
  records.forEach((values, i) => {
    for (const k of keysOf(values, config)) {
      const b = blocks.get(k);
      if (!b) blocks.set(k, [i]);
      else if (b.length < BLOCK_CAP) b.push(i);
    }
  });
  const byRule = new Map<BlockingRule, { seen: Set<number>; pairs: [number, number][] }>();
  for (const [key, members] of blocks) {
    const rule = ruleOf(key);
    if (!rule) continue;
    let slot = byRule.get(rule);
    if (!slot) {
      slot = { seen: new Set(), pairs: [] };
      byRule.set(rule, slot);
    }
    for (let x = 0; x < members.length && slot.pairs.length < limit; x++)
      for (let y = x + 1; y < members.length && slot.pairs.length < limit; y++) {
        const i = members[x] as number;
        const j = members[y] as number;
        const id = i * records.length + j;
        if (slot.seen.has(id)) continue;
        slot.seen.add(id);
        slot.pairs.push([i, j]);
      }
  }
  return [...byRule].map(([rule, slot]) => ({ rule, pairs: levelsOf(slot.pairs, prepared, config) }));
};

/**
 * Pairs drawn at random (seeded): almost all are two different people, so how often each level occurs among them
 * estimates u, the chance agreement (Splink's estimate_u_using_random_sampling).
 */
export const randomPairs = (
  prepared: readonly PreparedRecord[],
  config: MatchConfig,
  count: number,
  seed: number,
): PairLevels => {
  const n = prepared.length;
  const random = seededRandom(seed);
  const pairs: [number, number][] = [];
  if (n >= 2)
    for (let k = 0; k < count; k++) {
      const i = Math.floor(random() * n);
      const j = (i + 1 + Math.floor(random() * (n - 1))) % n;
      pairs.push([i, j]);
    }
  return levelsOf(pairs, prepared, config);
};
