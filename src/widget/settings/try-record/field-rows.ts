import { fieldIn } from '../../../dedupe/modules';
import type { Match, MatchHow, Values } from '../../../dedupe/types';
import { valueText } from '../../format';

/** One typed field beside the record's value: how it agreed, or null when it did not. */
export type FieldRow = {
  readonly field: string;
  readonly typed: string;
  readonly theirs: string;
  readonly how: MatchHow | null;
};

/**
 * A row per field the admin typed, in the order of the rules. The engine lists only the fields that agreed, under
 * the record's own name for them (a number typed as Phone may agree with a stored Mobile).
 */
export const fieldRows = (match: Match, module: string, values: Values): readonly FieldRow[] =>
  Object.keys(values).map((field) => {
    const agreed = match.fields.find((f) => f.field === field);
    const theirs = agreed?.candidateField ?? fieldIn(module, match.candidate.module, field);
    return {
      field,
      typed: valueText(values[field]),
      theirs: valueText(match.candidate.values[theirs]),
      how: agreed?.how ?? null,
    };
  });
