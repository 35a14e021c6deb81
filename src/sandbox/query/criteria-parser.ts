/** Zoho search criteria: `((Email:equals:a@b.com)or(Phone:equals:555))`, values escaped with `\` before ( ) , \. */
export type CriteriaNode =
  | { readonly kind: 'cond'; readonly field: string; readonly op: string; readonly values: readonly string[] }
  | { readonly kind: 'and' | 'or'; readonly items: readonly CriteriaNode[] };

export type CriteriaResult =
  | { readonly ok: true; readonly node: CriteriaNode }
  | { readonly ok: false; readonly reason: string };

class CriteriaSyntaxError extends Error {}

const ESCAPABLE = new Set(['(', ')', ',', '\\']);

export const parseCriteria = (text: string): CriteriaResult => {
  let pos = 0;
  const fail = (reason: string): never => {
    throw new CriteriaSyntaxError(`${reason} at ${pos}`);
  };
  const expect = (ch: string) => (text[pos] === ch ? pos++ : fail(`expected ${ch}`));

  const condition = (): CriteriaNode => {
    const head = /^([A-Za-z0-9_$.]+):([a-z_]+):/.exec(text.slice(pos));
    if (!head?.[1] || !head[2]) return fail('expected field:operator:value');
    pos += head[0].length;
    const values: string[] = [];
    let current = '';
    while (pos < text.length && text[pos] !== ')') {
      const ch = text[pos] as string;
      const next = text[pos + 1];
      if (ch === '\\' && next !== undefined && ESCAPABLE.has(next)) {
        current += next;
        pos += 2;
      } else if (ch === ',') {
        values.push(current);
        current = '';
        pos++;
      } else if (ch === '(') {
        return fail('unescaped (');
      } else {
        current += ch;
        pos++;
      }
    }
    values.push(current);
    return { kind: 'cond', field: head[1], op: head[2], values };
  };

  const term = (): CriteriaNode => {
    expect('(');
    const node = text[pos] === '(' ? expression() : condition();
    expect(')');
    return node;
  };

  const expression = (): CriteriaNode => {
    const items = [term()];
    let op: 'and' | 'or' | null = null;
    for (;;) {
      const m = /^(and|or)(?=\()/i.exec(text.slice(pos));
      if (!m?.[1]) break;
      const next = m[1].toLowerCase() as 'and' | 'or';
      // Zoho wants explicit brackets when and/or are mixed.
      if (op !== null && op !== next) fail('mixed and/or without brackets');
      op = next;
      pos += m[0].length;
      items.push(term());
    }
    return op === null ? (items[0] as CriteriaNode) : { kind: op, items };
  };

  try {
    const node = expression();
    if (pos !== text.length) fail('unexpected text');
    return { ok: true, node };
  } catch (error) {
    if (error instanceof CriteriaSyntaxError) return { ok: false, reason: error.message };
    throw error;
  }
};

export const countConditions = (node: CriteriaNode): number =>
  node.kind === 'cond' ? 1 : node.items.reduce((n, item) => n + countConditions(item), 0);

export const conditionsOf = (node: CriteriaNode): readonly Extract<CriteriaNode, { kind: 'cond' }>[] =>
  node.kind === 'cond' ? [node] : node.items.flatMap(conditionsOf);
