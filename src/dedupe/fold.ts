const NON_ASCII = /[^\x20-\x7e]/;
const MARKS = /\p{M}+/gu;

/** Lower case without accents: "Zoë Müller" -> "zoe muller". ASCII input skips the costly NFKD. */
export const fold = (value: string): string => {
  const lower = value.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
};

/** Letters, digits and single spaces only. */
export const words = (value: string): string =>
  fold(value)
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A field value as text: lookups by their name, multi-selects joined. */
export const asText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    // Most stored values have no surrounding spaces; skip trim's copy for them.
    const last = value.length - 1;
    return last < 0 || (value.charCodeAt(0) > 32 && value.charCodeAt(last) > 32) ? value : value.trim();
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return '';
};
