import { asText, codePointPrefix } from './fold';
import type { MatchConfig } from './match-config';
import { fieldIn } from './modules';
import { normalisePostcode, postcodeArea } from './normalise-address';
import { normaliseCompany } from './normalise-company';
import { normaliseEmail } from './normalise-email';
import { phoneSpellings } from './normalise-phone';
import { normaliseWebsite } from './normalise-website';
import type { Criterion, MatchField, Values } from './types';

/** A search condition and whether it must be asked (or only fills spare room in a call). */
export type BlockingKey = { readonly criterion: Criterion; readonly essential: boolean };

export const PREFIX_LENGTH = 3;

// Cut by code points: half of a surrogate pair would make the search value invalid ("Wu😀", "高橋𠮷").
const title = (s: string): string => {
  const head = codePointPrefix(s, 1);
  return head.toUpperCase() + s.slice(head.length).toLowerCase();
};
// The start as typed ("O'N" finds O'Neil as stored), title-cased as names are usually stored.
const prefix = (s: string, n: number = PREFIX_LENGTH): string =>
  title(codePointPrefix(s.replace(/^[^\p{L}\p{N}]+/u, ''), n));

const MIN_EXACT = 4;
// A start this long (a mailbox's six characters, "1746 S" for a house number and street) picks out few records.
const SELECTIVE_START = 6;

type Ranked = { readonly criterion: Criterion; readonly rank: number };

/**
 * Ranks: lower is asked first when one call (ten conditions) cannot hold them all. Selective conditions that
 * survive typical errors come first: whole emails and phones, a surname's start, a house number with the street's
 * initial, a company's first word, a website's host; looser or rarer ones fill what room is left.
 */
const RANK = {
  exact: 0,
  phone: 1,
  lastName: 2,
  street: 3,
  company: 3,
  website: 4,
  swapped: 5,
  emailLocal: 6,
  subscriber: 7,
  firstName: 8,
  other: 9,
  morePhone: 10,
} as const;

/** Conditions for one match field, each with its rank. */
const fieldKeys = (f: MatchField, raw: string, field: string): readonly Ranked[] => {
  const k = (op: Criterion['op'], value: string, rank: number): Ranked => ({
    criterion: { field, op, value },
    rank,
  });
  switch (f.kind) {
    case 'email': {
      const email = normaliseEmail(raw);
      const at = email.lastIndexOf('@');
      // The mailbox at any provider, with the domain misspelt, or garbled past its sixth character (the "@" lost,
      // a typo late in the mailbox): its first six characters, or all of a shorter one with its "@".
      const start = email.slice(0, at >= SELECTIVE_START ? SELECTIVE_START : at + 1);
      const local = at >= 4 ? [k('starts_with', start, RANK.emailLocal)] : [];
      return [k('equals', email, RANK.exact), ...local];
    }
    case 'phone':
      return phoneSpellings(raw).map((p, i) =>
        k('equals', p, i < 2 ? RANK.phone : /^\d{3}-?\d{4}$/.test(p) ? RANK.subscriber : RANK.morePhone),
      );
    case 'company':
      return [k('starts_with', prefix(normaliseCompany(raw), 4), RANK.company)];
    case 'street': {
      // House number and the street's initial: "221 E" finds "221 E. 51st St." and "221 East 51st Street".
      const m = /^\s*(\d+[A-Za-z]?)[\s,]+(?:#\s*\S+\s+)?([\p{L}\p{N}])/u.exec(raw);
      return m ? [k('starts_with', `${m[1]} ${(m[2] ?? '').toUpperCase()}`, RANK.street)] : [];
    }
    case 'website': {
      const host = normaliseWebsite(raw);
      return host.includes('.')
        ? [k('equals', host, RANK.website), k('starts_with', `www.${host}`, RANK.website)]
        : [];
    }
    case 'first_name':
      return [k('starts_with', prefix(raw), RANK.firstName)];
    case 'city':
      return [];
    case 'postcode': {
      // A British or Canadian postcode's area (outward code, forward sortation area) as a start: another unit in the
      // same area (a mistyped or moved unit) is found; an area of two characters ("B6") is too wide to ask.
      const outward = postcodeArea(normalisePostcode(raw)) ?? '';
      return [
        ...(raw.length < MIN_EXACT ? [] : [k('equals', raw, RANK.other)]),
        ...(outward.length >= 3 ? [k('starts_with', outward, RANK.other)] : []),
      ];
    }
    case 'date':
      // A date is asked as Zoho's API writes it, yyyy-MM-dd (dates and times in criteria are ISO 8601: Zoho's
      // "Kaizen #82 - Search Records API", help.zoho.com). Another form is not asked: a condition Zoho cannot read
      // would fail the whole search.
      return /^\d{4}-\d{2}-\d{2}$/.test(raw.trim()) ? [k('equals', raw.trim(), RANK.other)] : [];
    default:
      // A short code (a state, a gender) is shared by too many records to find anything in one page.
      if (f.blocking === 'equals' && raw.length < MIN_EXACT) return [];
      return f.blocking === 'equals'
        ? [k('equals', raw, f.kind === 'exact' ? RANK.exact : RANK.other)]
        : [
            k(
              'starts_with',
              prefix(raw, f.prefixLength),
              f.kind === 'last_name' ? RANK.lastName : RANK.other,
            ),
          ];
  }
};

/**
 * Conditions that find fuzzy candidates through Zoho's exact search: unique fields first (Zoho's own check,
 * always asked), then per field the conditions its kind tolerates errors with, most selective first, and each
 * name as the other (swapped first and last names).
 */
export const blockingKeys = (
  values: Values,
  config: MatchConfig,
  from: string,
  to: string,
  unique: readonly { readonly from: string; readonly to: string }[] = [],
): readonly BlockingKey[] => {
  const keys: BlockingKey[] = [];
  const seen = new Set<string>();
  const add = (c: Criterion, essential: boolean): void => {
    const id = `${c.field}\u0000${c.op}\u0000${c.value.toLowerCase()}`;
    if (!c.value || seen.has(id)) return;
    seen.add(id);
    keys.push({ criterion: c, essential });
  };
  for (const u of unique) add({ field: u.to, op: 'equals', value: asText(values[u.from]) }, true);
  const ranked: Ranked[] = [];
  const names: Record<'first' | 'last', { raw: string; field: string } | undefined> = {
    first: undefined,
    last: undefined,
  };
  for (const f of config.fields) {
    const raw = asText(values[f.field]);
    const field = fieldIn(from, to, f.field);
    if (f.kind === 'first_name') names.first = { raw, field };
    if (f.kind === 'last_name') names.last = { raw, field };
    if (!raw || f.blocking === 'none') continue;
    ranked.push(...fieldKeys(f, raw, field));
  }
  const { first, last } = names;
  // Each typed name may be stored in the other name's field (swapped, or typed in the wrong one).
  if (first && last)
    for (const [name, field] of [
      [first.raw, last.field],
      [last.raw, first.field],
    ] as const)
      if (prefix(name).length >= 2)
        ranked.push({ criterion: { field, op: 'starts_with', value: prefix(name) }, rank: RANK.swapped });
  ranked.sort((a, b) => a.rank - b.rank);
  for (const r of ranked) add(r.criterion, false);
  return keys;
};

/**
 * The conditions of a search worth asking again when its answer ran past one page: equals conditions and long
 * starts, without the short starts of names and company names ("Chic" of every "Chicago …") that filled the page.
 * Null when nothing would be left out, so asking again would return the same page.
 */
export const selectiveCriteria = (criteria: readonly Criterion[]): readonly Criterion[] | null => {
  const kept = criteria.filter((c) => c.op === 'equals' || c.value.length >= SELECTIVE_START);
  return kept.length > 0 && kept.length < criteria.length ? kept : null;
};
