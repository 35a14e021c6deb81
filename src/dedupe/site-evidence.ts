import type { Level, MatchKind } from './types';

/**
 * One site is not several independent pieces of evidence: two records on the same street line almost always share
 * its postcode and city too, whoever they are; a household shares its surname at that address, and an office its
 * company's name and switchboard (as a building's tenants share its street, postcode and city). Fellegi–Sunter adds
 * each field's weight as if the fields were independent, which made a family member at the same address (another
 * first name), or a colleague at the same office, a likely duplicate. So the site counts once: its strongest
 * agreeing part in full, the other parts, and a surname shared at the same street line, together at most
 * `SITE_CORROBORATION` bits more. A surname with only a city or postcode agreeing keeps its own weight (many
 * families share a town).
 */
export const SITE_CORROBORATION = 2;

/** 0: not part of a site; 1: a part of one (of its address, a phone; a person's company); 2: the street line (a
 * building); 3: a surname. */
export type SiteRole = 0 | 1 | 2 | 3;

/**
 * The role of a field of `kind` agreeing at `level`, for records of people (`person`) or organisations: a street line
 * names a building only when its house number agrees too (a partial agreement is the street's name alone, shared by
 * a whole street). A phone names where someone is reached, shared by whoever is there: a household's landline, an
 * office's or a hotel's switchboard (the restaurants of one hotel share its street line and its number). A person's
 * company is where they work, shared by colleagues; an organisation's name is its own.
 */
export const siteRole = (kind: MatchKind, level: Level, person: boolean): SiteRole => {
  if (kind === 'street') return level === 'partial' ? 1 : 2;
  if (kind === 'postcode' || kind === 'city' || kind === 'phone') return 1;
  if (kind === 'last_name') return 3;
  return person && kind === 'company' ? 1 : 0;
};

/** Whether a config matches people (it has a first or last name) rather than organisations. */
export const matchesPeople = (kinds: readonly MatchKind[]): boolean =>
  kinds.some((k) => k === 'first_name' || k === 'last_name' || k === 'full_name');

/**
 * What a site's agreements add together: `top` the strongest address part's weight, `sum` all address parts'
 * weights, `surname` the surname's (0 when it does not agree), `street` whether the street line agrees. Positive
 * weights only: a disagreement stays evidence of its own.
 */
export const siteWeight = (top: number, sum: number, surname: number, street: boolean): number => {
  if (!street) return top + Math.min(sum - top, SITE_CORROBORATION) + surname;
  const strongest = Math.max(top, surname);
  return strongest + Math.min(sum + surname - strongest, SITE_CORROBORATION);
};

/** The evidence of fields weighed one by one, agreements of one site counted as `siteWeight` says. */
export class SiteTally {
  private top = 0;
  private sum = 0;
  private surname = 0;
  private street = false;

  /** What adding `weight` (a field of `role`) changes the total by. */
  add(role: SiteRole, weight: number): number {
    if (role === 0 || weight <= 0) return weight;
    const before = siteWeight(this.top, this.sum, this.surname, this.street);
    if (role === 3) this.surname = weight;
    else {
      this.top = Math.max(this.top, weight);
      this.sum += weight;
      if (role === 2) this.street = true;
    }
    return siteWeight(this.top, this.sum, this.surname, this.street) - before;
  }
}
