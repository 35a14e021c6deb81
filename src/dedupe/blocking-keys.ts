import { asText } from './fold';
import { fieldIn, type MatchConfig } from './match-config';
import { normaliseCompany } from './normalise-company';
import { normaliseEmail } from './normalise-email';
import { phoneSpellings } from './normalise-phone';
import type { Criterion, Values } from './types';

/** A search condition and whether it must be asked (or only fills spare room in a call). */
export type BlockingKey = { readonly criterion: Criterion; readonly essential: boolean };

export const PREFIX_LENGTH = 3;

const title = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
// The start as typed ("O'N" finds O'Neil as stored), title-cased as names are usually stored.
const prefix = (s: string, n: number = PREFIX_LENGTH): string =>
  title(s.replace(/^[^\p{L}\p{N}]+/u, '').slice(0, n));

/**
 * Conditions that find fuzzy candidates through Zoho's exact search: the exact value for unique-ish fields,
 * every common spelling of a phone (search matches phones as stored), a name or company prefix for typos
 * after the first letters, and the first name as a last name for swapped names.
 */
export const blockingKeys = (
  values: Values,
  config: MatchConfig,
  from: string,
  to: string,
  unique: readonly { readonly from: string; readonly to: string }[] = [],
): readonly BlockingKey[] => {
  const keys: BlockingKey[] = [];
  const add = (field: string, op: Criterion['op'], value: string, essential = true): void => {
    if (
      value &&
      !keys.some(
        (k) =>
          k.criterion.field === field &&
          k.criterion.op === op &&
          k.criterion.value.toLowerCase() === value.toLowerCase(),
      )
    )
      keys.push({ criterion: { field, op, value }, essential });
  };
  for (const u of unique) add(u.to, 'equals', asText(values[u.from]));
  let firstName = '';
  let lastField = '';
  for (const f of config.fields) {
    const raw = asText(values[f.field]);
    const field = fieldIn(from, to, f.field);
    if (f.kind === 'first_name') firstName = raw;
    if (f.kind === 'last_name') lastField = field;
    if (!raw || f.blocking === 'none') continue;
    if (f.kind === 'email') add(field, 'equals', normaliseEmail(raw));
    else if (f.kind === 'phone')
      for (const [i, p] of phoneSpellings(raw).entries()) add(field, 'equals', p, i < 2);
    else if (f.blocking === 'equals') add(field, 'equals', raw);
    else if (f.kind === 'company') add(field, 'starts_with', prefix(normaliseCompany(raw), 4));
    else add(field, 'starts_with', prefix(raw, f.prefixLength));
  }
  if (firstName && lastField && prefix(firstName).length >= 2)
    add(lastField, 'starts_with', prefix(firstName));
  return keys;
};
