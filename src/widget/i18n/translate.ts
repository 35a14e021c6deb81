export type Table = Readonly<Record<string, string>>;
export type Vars = Readonly<Record<string, string | number>>;
export type Translate = (key: string, vars?: Vars) => string;

/** Looks `key` up in `table`, then in `fallback`; `{name}` placeholders are filled from vars; `count` picks _one/_other. */
export const createTranslator = (table: Table, fallback: Table, locale: string): Translate => {
  const plural = new Intl.PluralRules(locale);
  const look = (key: string): string | undefined => table[key] ?? fallback[key];
  return (key, vars = {}) => {
    const count = vars.count;
    const text =
      (typeof count === 'number' ? look(`${key}_${plural.select(count)}`) : undefined) ??
      (typeof count === 'number' ? look(`${key}_other`) : undefined) ??
      look(key) ??
      key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      return value === undefined ? whole : String(value);
    });
  };
};
