/** Keys that say "this is the same person or company" in the seed, so random records never repeat one by chance. */

// Legal forms and "and"/"&" carry no identity: "Ferry LLC" and "Ferry Inc" are one company to a rep.
const NOISE = new Set(['inc', 'llc', 'ltd', 'limited', 'gmbh', 'corp', 'corporation', 'co', 'and']);

const tokens = (s: string): string[] =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');

export const companyKey = (name: string): string =>
  tokens(name)
    .filter((t) => !NOISE.has(t))
    .join(' ');

export const personKey = (first: string, last: string, company: string): string =>
  `${tokens(first).join('')}|${tokens(last).join('')}|${companyKey(company)}`;

export type DistinctKind = 'company' | 'website' | 'person';

/** The keys a finished record holds; `add` registers them so later random records avoid them. */
export const keysOf = (
  module: string,
  values: Readonly<Record<string, unknown>>,
): [DistinctKind, string][] => {
  const text = (v: unknown): string =>
    typeof v === 'string' ? v : v && typeof v === 'object' && 'name' in v ? String(v.name) : '';
  if (module === 'Accounts') {
    const host = text(values.Website).replace(/^https?:\/\/(www\.)?/, '');
    return [
      ['company', companyKey(text(values.Account_Name))],
      ...(host ? [['website', host] as [DistinctKind, string]] : []),
    ];
  }
  if (module !== 'Leads' && module !== 'Contacts') return [];
  const company = text(module === 'Leads' ? values.Company : values.Account_Name);
  return [['person', personKey(text(values.First_Name), text(values.Last_Name), company)]];
};
