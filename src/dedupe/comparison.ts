import type { Level, MatchHow } from './types';

/** How two values of one field compare: the level weighs it, `how` explains an agreement (null: they differ). */
export type Comparison = {
  readonly level: Level;
  readonly how: MatchHow | null;
  /** Similarity in 0..1. */
  readonly similarity: number;
};

export const agree = (level: Level, how: MatchHow, similarity = 1): Comparison => ({
  level,
  how,
  similarity,
});

/** A test on a candidate's stored text: true only when it is not empty once prepared and compares as a plain
 * disagreement with the typed value, told without preparing it. */
export type Screen = (text: string) => boolean;

// Most comparisons are plain disagreements: one shared answer instead of an object per candidate.
export const NO: Comparison = { level: 'differ', how: null, similarity: 0 };
export const EXACT: Comparison = { level: 'exact', how: 'exact', similarity: 1 };

export const differ = (similarity = 0): Comparison =>
  similarity === 0 ? NO : { level: 'differ', how: null, similarity };

/** Equal once normalised: "case" when only letter case differs, else the kind's own word for it. */
export const equalAs = (a: string, b: string, how: MatchHow): Comparison =>
  agree('equal', a.toLowerCase() === b.toLowerCase() ? 'case' : how);
