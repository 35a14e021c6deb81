// Rows of the band, reused across calls (a comparison never runs two distances at once).
let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * Optimal-string-alignment distance (a swap of neighbours costs 1), giving up past `max`: returns max + 1
 * as soon as the answer cannot be <= max, so far-apart strings cost almost nothing. What both strings begin and
 * end with costs nothing and is skipped; only cells within `max` of the diagonal can hold an answer <= max.
 */
export const editDistance = (a: string, b: string, max = 2): number => {
  if (a === b) return 0;
  let start = 0;
  let ea = a.length;
  let eb = b.length;
  while (start < ea && start < eb && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (ea > start && eb > start && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) {
    ea--;
    eb--;
  }
  const la = ea - start;
  const lb = eb - start;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.min(Math.max(la, lb), max + 1);
  if (lb + 1 > cur.length) {
    const size = 2 * (lb + 1);
    [prev2, prev, cur] = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  // Outside the band a cell is never <= max: max + 1 stands for it.
  const far = max + 1;
  for (let j = 0; j <= lb; j++) prev[j] = j <= max ? j : far;
  for (let i = 1; i <= la; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(lb, i + max);
    cur[from - 1] = from === 1 && i <= max ? i : far;
    let rowMin = cur[from - 1] as number;
    const ca = a.charCodeAt(start + i - 1);
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(start + j - 1);
      let v = (prev[j - 1] as number) + (ca === cb ? 0 : 1);
      const up = (prev[j] as number) + 1;
      const left = (cur[j - 1] as number) + 1;
      if (up < v) v = up;
      if (left < v) v = left;
      if (
        i > 1 &&
        j > 1 &&
        ca === b.charCodeAt(start + j - 2) &&
        a.charCodeAt(start + i - 2) === cb &&
        (prev2[j - 2] as number) + 1 < v
      )
        v = (prev2[j - 2] as number) + 1;
      cur[j] = v > far ? far : v;
      if (v < rowMin) rowMin = v;
    }
    if (to < lb) cur[to + 1] = far;
    if (rowMin > max) return far;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  const d = prev[lb] as number;
  return d > max ? far : d;
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
