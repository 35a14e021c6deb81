import type { Level, MatchKind } from './types';

/**
 * One postal address is not several independent pieces of evidence: two records on the same street line almost
 * always share its postcode and city too, whoever they are; and a household shares its surname at that address
 * (as a building's tenants share its street, postcode and city). Fellegi–Sunter adds each field's weight as if the
 * fields were independent, which made a family member at the same address (another first name) a likely duplicate.
 * So the site counts once: its strongest agreeing part in full, the other parts, and a surname shared at the same
 * street line, together at most `SITE_CORROBORATION` bits more. A surname with only a city or postcode agreeing
 * keeps its own weight (many families share a town).
 */
export const SITE_CORROBORATION = 2;

/** 0: not part of a site; 1: a part of an address; 2: the street line (a building); 3: a surname. */
export type SiteRole = 0 | 1 | 2 | 3;

/**
 * The role of a field of `kind` agreeing at `level`: a street line names a building only when its house number
 * agrees too (a partial agreement is the street's name alone, shared by a whole street).
 */
export const siteRole = (kind: MatchKind, level: Level): SiteRole => {
  if (kind === 'street') return level === 'partial' ? 1 : 2;
  return kind === 'postcode' || kind === 'city' ? 1 : kind === 'last_name' ? 3 : 0;
};

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
