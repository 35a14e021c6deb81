import type { CandidateRecord, Criterion, LookupValue, Values } from '../dedupe/types';
import { coqlOr, coqlString } from './coql';

/** COQL returns only the columns it is asked for: a candidate needs its id, owner and Modified_Time too. */
const BOOKKEEPING = ['id', 'Owner', 'Modified_Time'] as const;

/** UNVERIFIED whether COQL's `=` ignores case: each value is asked as typed and lower-cased. */
const condition = (c: Criterion): string => {
  if (c.op === 'starts_with') return `${c.field} like ${coqlString(`${c.value}%`)}`;
  const spellings = [...new Set([c.value, c.value.toLowerCase()])];
  return spellings.length === 1
    ? `${c.field} = ${coqlString(c.value)}`
    : `${c.field} in (${spellings.map(coqlString).join(', ')})`;
};

/** A COQL select for the records of `module` meeting any of `criteria`, with the fields a candidate needs. */
export const candidateQuery = (
  module: string,
  fields: readonly string[],
  criteria: readonly Criterion[],
  limit = 200,
): string => {
  if (criteria.length === 0) throw new Error('candidateQuery needs at least one criterion');
  const columns = [...new Set([...BOOKKEEPING, ...fields])].join(', ');
  return `select ${columns} from ${module} where ${coqlOr(criteria.map(condition))} limit ${limit}`;
};

const isLookup = (v: unknown): v is LookupValue =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as LookupValue).id === 'string';

/** A COQL row as a candidate, shaped as search's are; COQL does not say whether a Lead was converted. */
export const coqlCandidate = (module: string, row: Values): CandidateRecord | null => {
  const { id, Owner, Modified_Time, ...values } = row;
  if (typeof id !== 'string' || id === '') return null;
  return {
    module,
    id,
    values,
    owner: isLookup(Owner) ? { id: Owner.id, name: Owner.name ?? '' } : null,
    modifiedTime: typeof Modified_Time === 'string' ? Modified_Time : null,
    converted: false,
  };
};
