import { CoqlError, syntaxError, type Token, tokenize } from './coql-lexer';

export type CoqlValue = string | number | null;
export type CoqlCondition =
  | {
      readonly kind: 'cmp';
      readonly field: string;
      readonly op: string;
      readonly values: readonly CoqlValue[];
    }
  | { readonly kind: 'and' | 'or'; readonly left: CoqlCondition; readonly right: CoqlCondition };

export type CoqlQuery = {
  readonly fields: readonly string[];
  readonly module: string;
  readonly where: CoqlCondition | null;
  readonly orderBy: { readonly field: string; readonly desc: boolean } | null;
  readonly limit: number;
  readonly offset: number;
};

export const COQL_MAX_LIMIT = 2000;
const COMPARATORS = new Set(['=', '!=', '<>', '<', '>', '<=', '>=']);

/** The COQL subset the sandbox speaks: one module, plain fields, where with Zoho's pairwise bracketing, limit/offset. */
export const parseCoql = (query: string): CoqlQuery => {
  const tokens = tokenize(query);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (t: Token | undefined, w: string) => t?.kind === 'word' && t.text.toLowerCase() === w;
  const next = (clause: string): Token => tokens[pos++] ?? syntaxError('end of query', query.length, clause);
  const expectWord = (w: string, clause: string) => {
    const t = next(clause);
    if (!isWord(t, w)) syntaxError(t.text, t.at, clause);
  };
  const unsupported = (what: string, t: Token): never => {
    throw new CoqlError('INVALID_QUERY', 'invalid query formed', {
      reason: `${what} is not supported`,
      near: t.text,
    });
  };

  expectWord('select', 'select');
  const fields: string[] = [];
  for (;;) {
    const t = next('select');
    if (t.kind === 'symbol' && t.text === '*') unsupported('select *', t);
    if (t.kind !== 'word') syntaxError(t.text, t.at, 'select');
    if (peek()?.text === '(') unsupported('aggregate functions', t);
    if (t.text.includes('.')) unsupported('lookup joins', t);
    fields.push(t.text);
    if (peek()?.text !== ',') break;
    pos++;
  }
  expectWord('from', 'from');
  const moduleToken = next('from');
  if (moduleToken.kind !== 'word') syntaxError(moduleToken.text, moduleToken.at, 'from');

  const value = (clause: string): CoqlValue => {
    const t = next(clause);
    if (t.kind === 'string') return t.text;
    if (t.kind === 'number') return Number(t.text);
    if (isWord(t, 'null')) return null;
    if (isWord(t, 'true') || isWord(t, 'false')) return t.text.toLowerCase();
    return syntaxError(t.text, t.at, clause);
  };

  const comparison = (): CoqlCondition => {
    const field = next('where');
    if (field.kind !== 'word') return syntaxError(field.text, field.at, 'where');
    const t = next('where');
    const negated = isWord(t, 'not');
    const opToken = negated ? next('where') : t;
    const op = opToken.text.toLowerCase();
    if (opToken.kind === 'symbol' && COMPARATORS.has(op) && !negated)
      return { kind: 'cmp', field: field.text, op: op === '<>' ? '!=' : op, values: [value('where')] };
    if (op === 'like')
      return { kind: 'cmp', field: field.text, op: negated ? 'not like' : 'like', values: [value('where')] };
    if (op === 'in') {
      const open = next('where');
      if (open.text !== '(') syntaxError(open.text, open.at, 'where');
      const values = [value('where')];
      while (peek()?.text === ',') {
        pos++;
        values.push(value('where'));
      }
      const close = next('where');
      if (close.text !== ')') syntaxError(close.text, close.at, 'where');
      return { kind: 'cmp', field: field.text, op: negated ? 'not in' : 'in', values };
    }
    if (op === 'is' && !negated) {
      const not = isWord(peek(), 'not');
      if (not) pos++;
      expectWord('null', 'where');
      return { kind: 'cmp', field: field.text, op: not ? 'is not null' : 'is null', values: [] };
    }
    return syntaxError(opToken.text, opToken.at, 'where');
  };

  const primary = (): CoqlCondition => {
    if (peek()?.text !== '(') return comparison();
    pos++;
    const inner = condition();
    const close = next('where');
    if (close.text !== ')') syntaxError(close.text, close.at, 'where');
    return inner;
  };

  // Zoho allows two conditions per and/or; a third needs brackets: ((A or B) or C).
  const condition = (): CoqlCondition => {
    const left = primary();
    const t = peek();
    if (!isWord(t, 'and') && !isWord(t, 'or')) return left;
    pos++;
    const right = primary();
    const after = peek();
    if (isWord(after, 'and') || isWord(after, 'or')) syntaxError(after?.text ?? '', after?.at ?? 0, 'where');
    return { kind: (t as Token).text.toLowerCase() as 'and' | 'or', left, right };
  };

  let where: CoqlCondition | null = null;
  if (isWord(peek(), 'where')) {
    pos++;
    where = condition();
  }
  let orderBy: CoqlQuery['orderBy'] = null;
  if (isWord(peek(), 'group')) unsupported('group by', peek() as Token);
  if (isWord(peek(), 'order')) {
    pos++;
    expectWord('by', 'order by');
    const f = next('order by');
    const dir = peek();
    const desc = isWord(dir, 'desc');
    if (desc || isWord(dir, 'asc')) pos++;
    orderBy = { field: f.text, desc };
  }
  let limit = 200;
  let offset = 0;
  const integer = (clause: string): number => {
    const t = next(clause);
    return t.kind === 'number' && Number.isInteger(Number(t.text))
      ? Number(t.text)
      : syntaxError(t.text, t.at, clause);
  };
  if (isWord(peek(), 'limit')) {
    pos++;
    limit = integer('limit');
    if (peek()?.text === ',') {
      pos++;
      offset = limit;
      limit = integer('limit');
    }
  }
  if (isWord(peek(), 'offset')) {
    pos++;
    offset = integer('offset');
  }
  const rest = peek();
  if (rest) syntaxError(rest.text, rest.at);
  if (limit > COQL_MAX_LIMIT)
    throw new CoqlError('LIMIT_EXCEEDED', `limit exceeded ${COQL_MAX_LIMIT}`, {
      by: 'limit',
      limit: COQL_MAX_LIMIT,
    });
  return { fields, module: moduleToken.text, where, orderBy, limit, offset };
};
