import type { CoqlCondition, CoqlValue } from './coql-parser';
import { comparableStrings } from './field-value';

const likeTest = (pattern: string): ((s: string) => boolean) => {
  const body = pattern
    .toLowerCase()
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/_/g, '.'))
    .join('.*');
  const re = new RegExp(`^${body}$`, 's');
  return (s) => re.test(s);
};

const compare = (have: unknown, op: string, wanted: CoqlValue): boolean => {
  if (typeof wanted === 'number' && typeof have === 'number') {
    if (op === '<') return have < wanted;
    if (op === '>') return have > wanted;
    if (op === '<=') return have <= wanted;
    if (op === '>=') return have >= wanted;
  }
  const hs = comparableStrings(have);
  const w = String(wanted).toLowerCase();
  if (op === '=') return hs.includes(w);
  if (op === '!=') return !hs.includes(w);
  const h = hs[0] ?? '';
  if (op === '<') return h < w;
  if (op === '>') return h > w;
  if (op === '<=') return h <= w;
  return h >= w;
};

const isEmpty = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Evaluates a COQL where clause; string comparisons ignore case as Zoho's do. */
export const matchesCoql = (cond: CoqlCondition, get: (field: string) => unknown): boolean => {
  if (cond.kind !== 'cmp') {
    const left = matchesCoql(cond.left, get);
    return cond.kind === 'and' ? left && matchesCoql(cond.right, get) : left || matchesCoql(cond.right, get);
  }
  const have = get(cond.field);
  switch (cond.op) {
    case 'is null':
      return isEmpty(have);
    case 'is not null':
      return !isEmpty(have);
    case 'in':
      return cond.values.some((v) => compare(have, '=', v));
    case 'not in':
      return !cond.values.some((v) => compare(have, '=', v));
    case 'like':
    case 'not like': {
      const test = likeTest(String(cond.values[0] ?? ''));
      const hit = comparableStrings(have).some(test);
      return cond.op === 'like' ? hit : !hit;
    }
    default:
      return cond.values[0] === null
        ? isEmpty(have) === (cond.op === '=')
        : compare(have, cond.op, cond.values[0] as CoqlValue);
  }
};

export const fieldsIn = (cond: CoqlCondition | null): readonly string[] =>
  cond === null ? [] : cond.kind === 'cmp' ? [cond.field] : [...fieldsIn(cond.left), ...fieldsIn(cond.right)];
