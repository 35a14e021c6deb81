import { asText } from './fold';
import type { CandidateRecord, Criterion } from './types';

/**
 * Does the record really satisfy the criterion? Zoho's search `equals` may behave like "contains", so what a
 * search returns is re-checked here, case-insensitively as Zoho compares; a record without the field never does.
 */
export const meetsCriterion = (record: CandidateRecord, c: Criterion): boolean => {
  const value = asText(record.values[c.field]).toLowerCase();
  if (value === '') return false;
  const want = c.value.toLowerCase();
  return c.op === 'equals' ? value === want : value.startsWith(want);
};
