/** Zoho compares unique values case-insensitively and ignores surrounding spaces; formats are not normalised. */
export const uniqueKey = (value: unknown): string | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const key = value.trim().toLowerCase();
  return key === '' ? null : key;
};
