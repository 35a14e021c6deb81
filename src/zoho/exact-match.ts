import type { CandidateRecord, Criterion, FieldValue } from '../dedupe/types';

const asText = (v: FieldValue | undefined): string | null => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
};

/** Zoho compares search values case-insensitively; so does the re-check. */
const fold = (s: string): string => s.toLocaleLowerCase('en-US');

/** Does the record really satisfy the criterion? Search `equals` can behave like "contains". */
export const meetsCriterion = (record: CandidateRecord, c: Criterion): boolean => {
  const text = asText(record.values[c.field]);
  if (text === null) return false;
  return c.op === 'equals' ? fold(text) === fold(c.value) : fold(text).startsWith(fold(c.value));
};

/** The records that meet at least one criterion exactly, in the order given. */
export const exactMatches = (
  records: readonly CandidateRecord[],
  criteria: readonly Criterion[],
): readonly CandidateRecord[] => records.filter((r) => criteria.some((c) => meetsCriterion(r, c)));
