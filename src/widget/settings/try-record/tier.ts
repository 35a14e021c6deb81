import { scoreClass } from '../../../dedupe/score-candidates';
import type { Match, Thresholds } from '../../../dedupe/types';

/** Where a score falls at the thresholds: what the preview would call the record, or that it would not show it. */
export type Tier = 'likely' | 'possible' | 'below';

export const tierOf = (score: number, thresholds: Thresholds): Tier =>
  scoreClass(score, thresholds) ?? 'below';

/** What Zoho refuses first (its unique fields), then the highest score. */
export const byBlockThenScore = (x: Match, y: Match): number =>
  Number(y.blockingFields.length > 0) - Number(x.blockingFields.length > 0) || y.score - x.score;
