/** A single-quoted COQL string literal; backslash and quote are escaped with a backslash. */
export const coqlString = (value: string): string => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;

/** COQL wants more than two conditions bracketed in pairs: ((A or B) or C). */
export const coqlOr = (conditions: readonly string[]): string =>
  conditions.reduce((acc, c, i) => (i === 0 ? c : `(${acc} or ${c})`), '');
