/**
 * Upsert's duplicate_check_fields order (Kaizen #56): no list -> system field then user unique fields;
 * a list -> its fields, then the remaining user unique fields. A system field the list leaves out is not checked.
 */
export const duplicateCheckOrder = (
  systemField: string,
  userUnique: readonly string[],
  list?: readonly string[],
): readonly string[] => {
  const head = list ?? [systemField];
  return [...head, ...userUnique.filter((f) => !head.includes(f))];
};
