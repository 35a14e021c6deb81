/**
 * A table's entry for `key` when the table itself holds it: a value's text ("constructor", "toString") never reads
 * what every object inherits.
 */
export const ownEntry = <V>(table: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
