import type { CriteriaNode } from './criteria-parser';
import { comparableStrings } from './field-value';

export const SEARCH_OPERATORS: ReadonlySet<string> = new Set(['equals', 'not_equal', 'starts_with', 'in', 'not_in']);

/** Evaluates criteria against a record's JSON; comparisons ignore case, formats are compared as stored. */
export const matchesCriteria = (
  node: CriteriaNode,
  record: Readonly<Record<string, unknown>>,
  equalsMeansContains: boolean,
): boolean => {
  if (node.kind === 'and') return node.items.every((n) => matchesCriteria(n, record, equalsMeansContains));
  if (node.kind === 'or') return node.items.some((n) => matchesCriteria(n, record, equalsMeansContains));
  const have = comparableStrings(record[node.field]);
  const wanted = node.values.map((v) => v.trim().toLowerCase());
  const equal = (w: string) => have.some((h) => h === w);
  switch (node.op) {
    case 'equals':
      return wanted.some((w) => (equalsMeansContains ? have.some((h) => h.includes(w)) : equal(w)));
    case 'in':
      return wanted.some(equal);
    case 'not_equal':
    case 'not_in':
      return !wanted.some(equal);
    case 'starts_with':
      return wanted.some((w) => have.some((h) => h.startsWith(w)));
    default:
      return false;
  }
};
