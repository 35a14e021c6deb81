import type { CriteriaNode } from './criteria-parser';
import { comparableStrings } from './field-value';

export const SEARCH_OPERATORS: ReadonlySet<string> = new Set([
  'equals',
  'not_equal',
  'starts_with',
  'in',
  'not_in',
]);

/** Evaluates criteria against a record's field values; comparisons ignore case, formats are compared as stored. */
export const matchesCriteria = (
  node: CriteriaNode,
  get: (field: string) => unknown,
  equalsMeansContains: boolean,
): boolean => {
  if (node.kind !== 'cond') {
    const test = (n: CriteriaNode) => matchesCriteria(n, get, equalsMeansContains);
    return node.kind === 'and' ? node.items.every(test) : node.items.some(test);
  }
  const have = comparableStrings(get(node.field));
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
