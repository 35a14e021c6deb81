import { beforeAll, describe, expect, it } from 'vitest';
import { checkBatch } from '../../src/dedupe/batch-check';
import { loadNicknameList } from '../../src/dedupe/nicknames';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import type { Values } from '../../src/dedupe/types';
import { record } from './support';

const classOf = (typed: Values, stored: Values, module = 'Leads') =>
  scoreCandidates(typed, [record('1', stored, module)], { module })[0]?.classification ?? null;

const home = { Street: '41 Albert Road', City: 'Derby', Zip_Code: 'DE1 3HN' };

describe('one address counts once', () => {
  beforeAll(() => loadNicknameList());

  it('a family member at the same address (same surname, another first name) is a possible duplicate, not a likely one', () => {
    expect(
      classOf(
        { First_Name: 'Hannah', Last_Name: 'Campbell', ...home },
        { First_Name: 'Sarah', Last_Name: 'Campbell', ...home },
      ),
    ).toBe('possible');
  });

  it('the same person at that address, first name mistyped or shortened, is still a likely duplicate', () => {
    const stored = { First_Name: 'Hannah', Last_Name: 'Campbell', ...home };
    expect(classOf({ First_Name: 'Hanah', Last_Name: 'Campbell', ...home }, stored)).toBe('likely');
    expect(classOf({ First_Name: 'H', Last_Name: 'Campbell', ...home }, stored)).toBe('likely');
    expect(classOf({ Last_Name: 'Campbell', ...home }, stored)).toBe('likely');
  });

  it('a surname with only the city agreeing keeps its own weight: many families share a town, few an address', () => {
    // Same surname, same city, a mistyped first name: likely, as before addresses were counted once.
    expect(
      classOf(
        { First_Name: 'Jonathan', Last_Name: 'Okafor', City: 'Derby' },
        { First_Name: 'Jonathon', Last_Name: 'Okafor', City: 'Derby' },
      ),
    ).toBe('likely');
  });

  it('a street without its house number is the street, not the household: the surname still counts in full', () => {
    expect(
      classOf(
        { First_Name: 'Lucsa', Last_Name: 'Mcacrthy', Street: '84 Nicklin Crescent', Zip_Code: '2144' },
        { First_Name: 'Lcuas', Last_Name: 'MacCarthy', Street: 'Nicklin Cres', Zip_Code: '2144' },
      ),
    ).toBe('likely');
  });

  it('two companies in one building (same street line, postcode and city, other names) are not likely duplicates', () => {
    const building = {
      Billing_Street: '30 Rockefeller Plaza',
      Billing_City: 'New York',
      Billing_Code: '10112',
    };
    expect(
      classOf(
        { Account_Name: 'NBC Studio Tour', ...building },
        { Account_Name: 'Liberty Deli', ...building, Billing_Street: '30 Rockefeller Plz.' },
        'Accounts',
      ),
    ).not.toBe('likely');
    expect(
      classOf(
        { Account_Name: 'Liberty Deli', ...building },
        { Account_Name: 'Liberty Deli Inc.', ...building, Billing_Street: '30 Rockefeller Plz.' },
        'Accounts',
      ),
    ).toBe('likely');
  });

  it('two restaurants in one hotel (its street line, city and switchboard; names with no word in common) are not likely duplicates', () => {
    const hotel = {
      Billing_Street: '3570 Las Vegas Blvd. S',
      Billing_City: 'Las Vegas',
      Phone: '702/731-7547',
    };
    const cafe = { Account_Name: 'Cafe Roma', ...hotel };
    expect(classOf(cafe, { Account_Name: 'Palace Court', ...hotel }, 'Accounts')).not.toBe('likely');
    // The café itself, its number written another way, still is.
    expect(classOf(cafe, { Account_Name: 'Caffe Roma', ...hotel, Phone: '(702) 731-7547' }, 'Accounts')).toBe(
      'likely',
    );
  });

  it('a site renamed by its operator, keeping a word of its name at its street line, is a likely duplicate', () => {
    const site = { Billing_Street: '37 W 47th St', Billing_Code: '60609' };
    const renamed = classOf(
      { Account_Name: 'Firman Pre-School West', ...site, Phone: '773-373-3400' },
      {
        Account_Name: 'Firman Community Services',
        ...site,
        Billing_Street: '37 West 47th Street',
        Phone: '773-268-2260',
      },
      'Accounts',
    );
    expect(renamed).toBe('likely');
    // Another firm in that building, sharing no word of the name, is not.
    expect(
      classOf(
        { Account_Name: 'Firman Pre-School West', ...site, Phone: '773-373-3400' },
        { Account_Name: 'Southside Dental Lab', ...site, Phone: '773-268-2260' },
        'Accounts',
      ),
    ).toBeNull();
  });

  it('colleagues at one office (its company, address and switchboard, other names and mailboxes) are not duplicates', () => {
    const office = {
      Company: 'Acme Inc',
      Phone: '+1 555 010 2000',
      Street: '1 Main Street',
      City: 'Springfield',
      Zip_Code: '12345',
    };
    const ann = { First_Name: 'Ann', Last_Name: 'Lee', Email: 'ann.lee@acme.com', ...office };
    expect(
      classOf(ann, { First_Name: 'Raj', Last_Name: 'Patel', Email: 'raj.patel@acme.com', ...office }),
    ).toBeNull();
    expect(classOf(ann, { First_Name: 'Raj', Last_Name: 'Patel', ...office })).toBeNull();
    // Ann herself, her surname mistyped and no email kept, is still a likely duplicate there.
    expect(classOf(ann, { First_Name: 'Ann', Last_Name: 'Leee', ...office })).toBe('likely');
  });

  it('an import of three colleagues from one office marks none of them a likely duplicate of another', () => {
    const office = {
      Company: 'Acme Inc',
      Phone: '555 010 2000',
      Street: '1 Main Street',
      City: 'Springfield',
    };
    const rows = [
      { First_Name: 'Ann', Last_Name: 'Lee', ...office },
      { First_Name: 'Raj', Last_Name: 'Patel', ...office },
      { First_Name: 'Mia', Last_Name: 'Novak', ...office },
    ];
    const likely = checkBatch({ module: 'Leads', rows, existing: [], order: [] }).rows.map(
      (r) => r.likelyRows,
    );
    expect(likely).toEqual([[], [], []]);
  });

  it('an import with two members of one household does not mark the second row a likely duplicate of the first', () => {
    const rows = [
      { First_Name: 'Hannah', Last_Name: 'Campbell', ...home },
      { First_Name: 'Sarah', Last_Name: 'Campbell', ...home },
      { First_Name: 'Hannah', Last_Name: 'Campbel', ...home },
    ];
    const likely = checkBatch({ module: 'Leads', rows, existing: [], order: [] }).rows.map(
      (r) => r.likelyRows,
    );
    expect(likely).toEqual([[], [], [0]]);
  });
});
