import { scoreCandidates } from '../../dedupe/score-candidates';
import type { FieldMatch, Values } from '../../dedupe/types';

/** Why two rows of a file look like one person: the matched fields and how, as the preview explains a match. */
export const whyMatched = (module: string, a: Values, b: Values): readonly FieldMatch[] => {
  const candidate = { module, id: 'row', values: b, owner: null, modifiedTime: null, converted: false };
  return (
    scoreCandidates(a, [candidate], { module, thresholds: { likely: 0.01, possible: 0.01 } })[0]?.fields ?? []
  );
};
