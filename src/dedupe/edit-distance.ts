let prev2: number[] = [];
let prev: number[] = [];
let cur: number[] = [];

/**
 * Optimal-string-alignment distance (a swap of neighbours costs 1), giving up past `max`: returns max + 1
 * as soon as the answer cannot be <= max, so far-apart strings cost almost nothing.
 */
export const editDistance = (a: string, b: string, max = 2): number => {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (la + lb >= BAG_WORTHWHILE && bagDistance(a, b) > max) return max + 1;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[lb] ?? max + 1;
  return d > max ? max + 1 : d;
};

/** At most one insertion, deletion, substitution or swap of neighbours apart; linear time, no allocation. */
export const withinOneEdit = (a: string, b: string): boolean => {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  let ea = la - 1;
  let eb = lb - 1;
  while (ea >= i && eb >= i && a.charCodeAt(ea) === b.charCodeAt(eb)) {
    ea--;
    eb--;
  }
  // What differs is a[i..ea] against b[i..eb]: one character at most on each side, or a swapped pair.
  const da = ea - i + 1;
  const db = eb - i + 1;
  if (da <= 1 && db <= 1) return true;
  return da === 2 && db === 2 && a.charCodeAt(i) === b.charCodeAt(ea) && a.charCodeAt(ea) === b.charCodeAt(i);
};

// Below this many characters in all, the distance itself gives up as soon as the character counts would.
const BAG_WORTHWHILE = 16;
const counts = new Int32Array(128);

/**
 * A lower bound on the distance, in linear time: each edit removes at most one of the characters the longer
 * string does not share with the other, and a swap of neighbours removes none. Characters share a count by their
 * code's low 7 bits, which can only lower the bound.
 */
const bagDistance = (a: string, b: string): number => {
  counts.fill(0);
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    counts[c] = (counts[c] ?? 0) + 1;
  }
  let shared = 0;
  for (let j = 0; j < b.length; j++) {
    const c = b.charCodeAt(j) & 127;
    const n = counts[c] ?? 0;
    if (n > 0) {
      counts[c] = n - 1;
      shared++;
    }
  }
  return Math.max(a.length, b.length) - shared;
};
