/**
 * Of the pairs across two groups, the share that must be linked for the groups to join (a fifth, the best of the
 * shares tried on public people and organisation files): a group grows by what resembles a good part of it, not
 * by one resemblance at its edge.
 */
export const LINKED_SHARE = 0.2;

// Rows sharing more links than this are told how tightly they are knit from this many of them: a value hundreds of
// rows repeat links each to all the others, and counting every shared link of every pair would take their cube.
const KNIT_SAMPLE = 64;

// Each pass joins what the last made possible; real files settle in a few, a contrived one stops here.
const MAX_PASSES = 16;

/**
 * Rows that are one person or company, from the links between them (likely duplicates as reported, repeats of a
 * unique value): groups join along the most tightly knit links first (rows sharing most of their other links),
 * and only while at least `LINKED_SHARE` of the pairs across the two groups are linked (average linkage). Joining
 * every linked pair instead chains records that each resemble the next (the sites of one chain, each like its
 * neighbour, or sharing its name) into one. Returns each row's group as the index of one of its rows.
 */
export const linkedGroups = (links: readonly (readonly number[])[]): number[] => {
  const n = links.length;
  const near = links.map((l) => new Set(l));
  const edges: { a: number; b: number; knit: number }[] = [];
  for (let a = 0; a < n; a++)
    for (const b of near[a] ?? []) {
      if (b <= a) continue;
      const na = near[a] as Set<number>;
      const nb = near[b] as Set<number>;
      const [small, large] = na.size <= nb.size ? [na, nb] : [nb, na];
      const sampled = Math.min(small.size, KNIT_SAMPLE);
      let read = 0;
      let found = 0;
      for (const x of small) {
        if (read++ === sampled) break;
        if (large.has(x)) found++;
      }
      const shared = (found * small.size) / sampled;
      edges.push({ a, b, knit: shared / (1 + na.size + nb.size - shared) });
    }
  edges.sort((p, q) => q.knit - p.knit || p.a - q.a || p.b - q.b);
  const groupOf = Array.from({ length: n }, (_, i) => i);
  const members = Array.from({ length: n }, (_, i) => [i]);
  // A join can make another pass's join possible (the groups grew denser): passes repeat until nothing joins, or
  // MAX_PASSES have run. Two groups found too loosely linked are not counted again until one of them grows.
  let joined = true;
  for (let pass = 0; joined && pass < MAX_PASSES; pass++) {
    joined = false;
    const loose = new Set<string>();
    for (const { a, b } of edges) {
      let ga = groupOf[a] as number;
      let gb = groupOf[b] as number;
      if (ga === gb) continue;
      let ma = members[ga] as number[];
      let mb = members[gb] as number[];
      if (ma.length < mb.length || (ma.length === mb.length && ga > gb)) [ga, gb, ma, mb] = [gb, ga, mb, ma];
      const pair = `${ga}:${ma.length}|${gb}:${mb.length}`;
      if (loose.has(pair)) continue;
      let across = 0;
      for (const x of mb) for (const y of near[x] ?? []) if (groupOf[y] === ga) across++;
      if (across < LINKED_SHARE * ma.length * mb.length) {
        loose.add(pair);
        continue;
      }
      for (const x of mb) groupOf[x] = ga;
      ma.push(...mb);
      members[gb] = [];
      joined = true;
    }
  }
  return groupOf;
};
