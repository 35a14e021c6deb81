export type Table = Readonly<Record<string, string>>;
export type Vars = Readonly<Record<string, string | number>>;
/**
 * `locale` and `fetchTable` let views that load on first use add their own table in the same language
 * (`fetchTable('views')` reads views-<lang>.json); a translator without them speaks English.
 */
export type Translate = ((key: string, vars?: Vars) => string) & {
  readonly locale?: string;
  readonly fetchTable?: (name: string) => Promise<unknown>;
};

export const isTable = (value: unknown): value is Table =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((entry) => typeof entry === 'string');

/**
 * Looks `key` up in `table`, then in `fallback`, then asks `otherwise` (a translator for the keys of other tables);
 * `{name}` placeholders are filled from vars; `count` picks _one/_other.
 */
export const createTranslator = (
  table: Table,
  fallback: Table,
  locale: string,
  otherwise?: Translate,
): Translate => {
  const plural = new Intl.PluralRules(locale);
  const look = (key: string): string | undefined => table[key] ?? fallback[key];
  const translate = (key: string, vars: Vars = {}): string => {
    const count = vars.count;
    const text =
      (typeof count === 'number' ? look(`${key}_${plural.select(count)}`) : undefined) ??
      (typeof count === 'number' ? look(`${key}_other`) : undefined) ??
      look(key);
    if (text === undefined && otherwise) return otherwise(key, vars);
    return (text ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      return value === undefined ? whole : String(value);
    });
  };
  return Object.assign(translate, { locale });
};
