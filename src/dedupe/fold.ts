const NON_ASCII = /[^\x20-\x7e]/;
const MARKS = /\p{M}+/gu;

/** Lower case without accents: "Zoë Müller" -> "zoe muller". ASCII input skips the costly NFKD. */
export const fold = (value: string): string => {
  const lower = value.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
};

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
// The same for text in ASCII, where a letter is a-z once folded; several times faster than Unicode's classes.
const NOT_WORD_ASCII = /[^a-z0-9]+/g;

/** Runs of anything but letters and digits in folded text, each as one space. */
export const spaced = (folded: string): string =>
  folded.replace(NON_ASCII.test(folded) ? NOT_WORD : NOT_WORD_ASCII, ' ');

/** Letters, digits and single spaces only. */
export const words = (value: string): string => spaced(fold(value).replace(/['’.]/g, '')).trim();

/** A field value as text: lookups by their name, multi-selects joined. */
export const asText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    // Most stored values start and end in printable ASCII; skip trim's copy for them. Anything else is trimmed as
    // Zoho's unique check trims (JavaScript's trim: NBSP, ideographic space and BOM too; see src/sandbox/rules).
    const last = value.length - 1;
    return last < 0 || (plain(value.charCodeAt(0)) && plain(value.charCodeAt(last))) ? value : value.trim();
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return '';
};

const plain = (c: number): boolean => c > 32 && c < 127;

/** The first `n` characters counted in code points, so an emoji or a rare ideograph is never cut in half. */
export const codePointPrefix = (value: string, n: number): string => {
  let units = 0;
  for (let k = 0; k < n && units < value.length; k++)
    units += (value.codePointAt(units) ?? 0) > 0xffff ? 2 : 1;
  return units >= value.length ? value : value.slice(0, units);
};
