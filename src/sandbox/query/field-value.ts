/** The strings a stored value offers for comparison: lookups by id and name, multi-selects by each option. */
export const comparableStrings = (value: unknown): readonly string[] => {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(comparableStrings);
  if (typeof value === 'object') {
    const { id, name } = value as { id?: unknown; name?: unknown };
    return [id, name].filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase());
  }
  return [String(value).toLowerCase()];
};
