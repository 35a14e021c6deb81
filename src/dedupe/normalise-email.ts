/** Zoho compares email case-insensitively; reps paste it with spaces, angle brackets or mailto:. */
export const normaliseEmail = (raw: string): string =>
  raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();

// Gmail ignores dots in the local part (Google Account Help, "Dots don't matter in Gmail addresses").
const DOTLESS = new Set(['gmail.com', 'googlemail.com']);

/** One mailbox however it was spelt: a "+tag" dropped (RFC 5233 subaddressing), Gmail's dots ignored. */
export const canonicalEmail = (key: string): string => {
  const at = key.lastIndexOf('@');
  if (at < 0) return key;
  let local = key.slice(0, at);
  const domain = key.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS.has(domain)) local = local.replace(/\./g, '');
  return `${local}@${domain === 'googlemail.com' ? 'gmail.com' : domain}`;
};

// Shared mailboxes that many people of one company write from: equal ones say little about the person.
const ROLES = new Set(
  'info sales contact office admin hello support team enquiries inquiries mail billing accounts marketing help service'.split(
    ' ',
  ),
);

export const isRoleAddress = (key: string): boolean => ROLES.has(key.slice(0, key.lastIndexOf('@')));
