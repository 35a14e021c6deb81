import { describe, expect, it } from 'vitest';
import { checkBatch } from '../../src/dedupe/batch-check';

const likelyRowsOf = (rows: Parameters<typeof checkBatch>[0]['rows'], module = 'Leads') =>
  checkBatch({ module, rows, existing: [], order: [] }).rows.map((r) => r.likelyRows);

describe('batch blocking keys', () => {
  it('a surname typo with a misspelt email domain still meets its earlier row through the mailbox', () => {
    const rows = [
      { First_Name: 'Jonathan', Last_Name: 'Smith', Email: 'jonathan.smith@gmail.com', City: 'Leeds' },
      { First_Name: 'Jonathan', Last_Name: 'Simth', Email: 'jonathan.smith@gmial.com', City: 'Leeds' },
    ];
    expect(likelyRowsOf(rows)[1]).toEqual([0]);
  });

  it('an account written another way meets its earlier row through house number and street', () => {
    const rows = [
      { Account_Name: 'Golden Bakery', Billing_Street: '221 East 51st Street', Billing_Code: '10022' },
      { Account_Name: 'Golden Bakery Inc.', Billing_Street: '221 E. 51st St.', Billing_Code: '10022' },
    ];
    expect(likelyRowsOf(rows, 'Accounts')[1]).toEqual([0]);
  });

  it('a surname with a letter dropped and no email meets its earlier row through the first name and the city', () => {
    const rows = [
      { First_Name: 'Theodore', Last_Name: 'Maxwell', City: 'Leeds' },
      { First_Name: 'Theodore', Last_Name: 'Maxwel', City: 'Leeds' },
    ];
    expect(likelyRowsOf(rows)[1]).toEqual([0]);
  });

  it('a first name with its first letters swapped meets its earlier row through the surname and the city', () => {
    const rows = [
      { First_Name: 'Jonathan', Last_Name: 'Okafor', City: 'St. Albans' },
      { First_Name: 'Ojnathan', Last_Name: 'Okafor', City: 'Saint Albans' },
    ];
    expect(likelyRowsOf(rows)[1]).toEqual([0]);
  });

  it('a name shared with many others in one city still pairs the first such row with its misspelt duplicate', () => {
    const namesakes = Array.from({ length: 30 }, (_, i) => ({
      First_Name: 'Theodore',
      Last_Name: `Other${String.fromCharCode(97 + (i % 26))}${i}`,
      City: 'Leeds',
    }));
    const rows = [
      { First_Name: 'Theodore', Last_Name: 'Maxwell', City: 'Leeds' },
      ...namesakes,
      { First_Name: 'Theodore', Last_Name: 'Maxwel', City: 'Leeds' },
    ];
    expect(likelyRowsOf(rows).at(-1)).toEqual([0]);
  });

  it("typos late in both names meet through each name's start with the other's initial", () => {
    const rows = [
      { First_Name: 'Katherine', Last_Name: 'Wallace', City: 'Leeds' },
      { First_Name: 'Katherien', Last_Name: 'Walalce', City: 'Leeds' },
    ];
    expect(likelyRowsOf(rows)[1]).toEqual([0]);
  });

  it('typos late in both names still meet when a few other rows share those starts', () => {
    const others = [
      ['Kate', 'Walsh'],
      ['Kim', 'Walton'],
      ['Karl', 'Walker'],
      ['Kai', 'Waldo'],
    ].map(([first = '', last = '']) => ({ First_Name: first, Last_Name: last, City: 'York' }));
    const rows = [
      { First_Name: 'Katherine', Last_Name: 'Wallace', City: 'Leeds' },
      ...others,
      { First_Name: 'Katherien', Last_Name: 'Walalce', City: 'Leeds' },
    ];
    expect(likelyRowsOf(rows).at(-1)).toEqual([0]);
  });

  it('an email garbled past its sixth character, beside names garbled at their start, meets through its start', () => {
    const rows = [
      { First_Name: 'Priya', Last_Name: 'Ramanathan', Email: 'priya.ramanathan@example.com' },
      { First_Name: 'Pirya', Last_Name: 'Rmaanathan', Email: 'priya.ramanthan@exmaple.co' },
    ];
    expect(likelyRowsOf(rows)[1]).toEqual([0]);
  });

  it("a name typed in the other name's field, beside a misspelt other name, meets its row through the name and the city", () => {
    const rows = [
      { First_Name: 'Matilda', Last_Name: 'Hsrir', City: 'London' },
      { First_Name: 'Harris', Last_Name: 'Matilda', City: 'London' },
    ];
    expect(likelyRowsOf(rows)[1]).toEqual([0]);
  });

  it('a house number missing or mistyped meets its earlier row through the street name and the postcode', () => {
    const rows = [
      { First_Name: 'Lucas', Last_Name: 'McCarthy', Street: '50 Nicklin Crescent', Zip_Code: '2144' },
      { First_Name: 'Lcuas', Last_Name: 'MacCarthy', Street: 'Nicklin Cres', Zip_Code: '2144' },
      { First_Name: 'Lucsa', Last_Name: 'Mcacrthy', Street: '84 Nicklin  Crescent', Zip_Code: '2144' },
    ];
    expect(likelyRowsOf(rows).slice(1)).toEqual([[0], [0, 1]]);
  });

  it('two different people who share nothing but a city never meet', () => {
    const rows = [
      { First_Name: 'Ann', Last_Name: 'Lee', Email: 'ann.lee@example.com', City: 'Leeds' },
      { First_Name: 'Raj', Last_Name: 'Patel', Email: 'raj.patel@example.org', City: 'Leeds' },
    ];
    expect(likelyRowsOf(rows)[1]).toEqual([]);
  });
});
