export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly at: number }
  | { readonly kind: 'string'; readonly text: string; readonly at: number }
  | { readonly kind: 'number'; readonly text: string; readonly at: number }
  | { readonly kind: 'symbol'; readonly text: string; readonly at: number };

export class CoqlError extends Error {
  constructor(
    readonly code: 'SYNTAX_ERROR' | 'INVALID_QUERY' | 'LIMIT_EXCEEDED',
    message: string,
    readonly details: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

export const syntaxError = (near: string, at: number, clause?: string): never => {
  throw new CoqlError('SYNTAX_ERROR', 'invalid query formed', {
    near,
    line: 1,
    column: at + 1,
    ...(clause ? { clause } : {}),
  });
};

/** Splits a select_query into words, quoted strings ('' or \' escape a quote, \\ a backslash), numbers and operators. */
export const tokenize = (query: string): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      const at = i++;
      let text = '';
      for (;;) {
        if (i >= query.length) syntaxError(query.slice(at), at);
        const c = query[i] as string;
        if (c === '\\' && (query[i + 1] === "'" || query[i + 1] === '\\')) {
          text += query[i + 1];
          i += 2;
        } else if (c === "'" && query[i + 1] === "'") {
          text += "'";
          i += 2;
        } else if (c === "'") {
          i++;
          break;
        } else {
          text += c;
          i++;
        }
      }
      tokens.push({ kind: 'string', text, at });
    } else if (/[0-9-]/.test(ch) && /^-?\d+(\.\d+)?/.test(query.slice(i))) {
      const m = /^-?\d+(\.\d+)?/.exec(query.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'number', text: m[0], at: i });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(ch)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$.]*/.exec(query.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'word', text: m[0], at: i });
      i += m[0].length;
    } else {
      const m = /^(!=|<>|<=|>=|[=<>(),*])/.exec(query.slice(i));
      if (!m) return syntaxError(ch, i);
      tokens.push({ kind: 'symbol', text: m[0], at: i });
      i += m[0].length;
    }
  }
  return tokens;
};
