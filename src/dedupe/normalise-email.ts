/** Zoho compares email case-insensitively; reps paste it with spaces, angle brackets or mailto:. */
export const normaliseEmail = (raw: string): string =>
  raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
