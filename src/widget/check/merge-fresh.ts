import type { CandidateRecord } from '../../dedupe/types';

const idOf = (r: CandidateRecord): string => `${r.module}|${r.id}`;

/** Search's copy of a record wins: it says whether a Lead was converted, which COQL does not. */
export const mergeFresh = (
  found: readonly CandidateRecord[],
  fresh: readonly CandidateRecord[],
): readonly CandidateRecord[] => {
  const seen = new Set(found.map(idOf));
  const merged = [...found];
  for (const r of fresh) {
    if (seen.has(idOf(r))) continue;
    seen.add(idOf(r));
    merged.push(r);
  }
  return merged;
};
