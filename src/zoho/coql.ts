/** One COQL condition; a query ORs its conditions. */
export type CoqlCondition = {
  readonly field: string;
  readonly op: 'equals' | 'starts_with';
  readonly value: string;
};

export type CoqlSelect = {
  readonly module: string;
  readonly fields: readonly string[];
  readonly where: readonly CoqlCondition[];
  readonly limit?: number;
  readonly offset?: number;
};

/** COQL's LIMIT ceiling. */
export const MAX_COQL_LIMIT = 2000;

/** A single-quoted COQL string literal; backslash and quote are escaped with a backslash. */
export const coqlString = (value: string): string => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;

const condition = (c: CoqlCondition): string =>
  c.op === 'equals' ? `${c.field} = ${coqlString(c.value)}` : `${c.field} like ${coqlString(`${c.value}%`)}`;

/** COQL wants more than two conditions bracketed in pairs: ((A or B) or C). */
export const coqlOr = (conditions: readonly string[]): string =>
  conditions.reduce((acc, c, i) => (i === 0 ? c : `(${acc} or ${c})`), '');

export const buildCoql = (q: CoqlSelect): string => {
  if (q.where.length === 0) throw new Error('buildCoql needs at least one condition');
  const limit = Math.min(Math.max(1, q.limit ?? 200), MAX_COQL_LIMIT);
  const offset = q.offset ? ` offset ${q.offset}` : '';
  const fields = q.fields.length > 0 ? q.fields.join(', ') : 'id';
  return `select ${fields} from ${q.module} where ${coqlOr(q.where.map(condition))} limit ${limit}${offset}`;
};
