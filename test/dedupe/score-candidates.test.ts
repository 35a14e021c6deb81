import { beforeAll, describe, expect, it } from 'vitest';
import { configFromRules } from '../../src/dedupe/match-config';
import { loadNicknameList } from '../../src/dedupe/nicknames';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import type { MatchHow, Values } from '../../src/dedupe/types';
import { record } from './support';

const typed: Values = {
  First_Name: 'Bob',
  Last_Name: 'Smith',
  Email: 'bob.smith@acme.com',
  Phone: '+1 (555) 010-2000',
  Company: 'Acme Inc',
};
const lead = (values: Values) => record('1', values);
const best = (values: Values, input: Values = typed) =>
  scoreCandidates(input, [lead(values)], { module: 'Leads' })[0];
const howOf = (values: Values, field: string, input: Values = typed): MatchHow | undefined =>
  best(values, input)?.fields.find((f) => f.field === field)?.how;

describe('explanations', () => {
  beforeAll(() => loadNicknameList());

  it.each<[string, Values, string, MatchHow]>([
    ['exact', { Email: 'bob.smith@acme.com' }, 'Email', 'exact'],
    ['case', { Email: 'Bob.Smith@ACME.com' }, 'Email', 'case'],
    ['format', { Phone: '5550102000', Last_Name: 'Smith' }, 'Phone', 'format'],
    ['nickname', { First_Name: 'Robert', Last_Name: 'Smith', Phone: '5550102000' }, 'First_Name', 'nickname'],
    ['typo', { First_Name: 'Bob', Last_Name: 'Smiht', Phone: '5550102000' }, 'Last_Name', 'typo'],
    ['suffix', { Company: 'ACME, Incorporated', Last_Name: 'Smith' }, 'Company', 'suffix'],
    ['initial', { First_Name: 'B', Last_Name: 'Smith', Phone: '5550102000' }, 'First_Name', 'initial'],
  ])('a %s match is explained as %s on its field', (_kind, values, field, how) => {
    expect(howOf(values, field)).toBe(how);
  });

  it("a double surname and either of its parts are one name's part, weighed alike whichever part is kept", () => {
    const input = { ...typed, Last_Name: 'Smith-Jones' };
    const kept = (part: string) => best({ First_Name: 'Bob', Last_Name: part, Phone: '5550102000' }, input);
    expect(kept('Smith')?.fields.find((f) => f.field === 'Last_Name')?.how).toBe('part');
    expect(kept('Jones')?.fields.find((f) => f.field === 'Last_Name')?.how).toBe('part');
    expect(kept('Smith')?.score).toBe(kept('Jones')?.score);
  });

  it.each([
    ['with and without a space', 'McDonald', 'Mc Donald'],
    ['with and without spaces', 'van der Berg', 'Vanderberg'],
    ['with a letter written out', 'Müller', 'Mueller'],
    ['with a Danish letter written out', 'Søndergaard', 'Soendergaard'],
  ])('one surname %s is the same name, spelt otherwise', (_what, typedName, storedName) => {
    const m = best({ First_Name: 'Bob', Last_Name: storedName }, { ...typed, Last_Name: typedName });
    expect(m?.fields.find((f) => f.field === 'Last_Name')?.how).toBe('spelling');
  });

  it('a city with a letter written out ("Köln", "Koeln") is the same city, spelt otherwise', () => {
    const m = best({ ...typed, City: 'Koeln' }, { ...typed, City: 'Köln' });
    expect(m?.fields.find((f) => f.field === 'City')?.how).toBe('spelling');
  });

  it('a sound-alike spelling is explained as phonetic', () => {
    const input = { First_Name: 'Catherine', Last_Name: 'Jones', Phone: '5550102000' };
    expect(
      howOf({ First_Name: 'Kathryn', Last_Name: 'Jones', Phone: '555-010-2000' }, 'First_Name', input),
    ).toBe('phonetic');
  });

  it('an email with the name parts in another order at the same domain is explained as the same words in another order', () => {
    expect(howOf({ Email: 'smith.bob@acme.com', Last_Name: 'Smith' }, 'Email')).toBe('order');
  });

  it('an email a character off in its mailbox or its domain is a typo; another mailbox is no match', () => {
    expect(howOf({ Email: 'bob.smtih@acme.com', Last_Name: 'Smith' }, 'Email')).toBe('typo');
    expect(howOf({ Email: 'bob.smith@acne.com', Last_Name: 'Smith' }, 'Email')).toBe('typo');
    expect(
      howOf({ Email: 'jane.doe@acme.com', Last_Name: 'Smith', Phone: '5550102000' }, 'Email'),
    ).toBeUndefined();
  });

  it("a number typed as Phone matches the candidate's Mobile, and the explanation names both fields", () => {
    const m = best({ Last_Name: 'Smith', Mobile: '555.010.2000' });
    expect(m?.fields.find((f) => f.field === 'Phone')).toMatchObject({
      candidateField: 'Mobile',
      how: 'format',
    });
  });

  it('a phone sharing only the area code is no match', () => {
    expect(howOf({ Last_Name: 'Smith', Phone: '(555) 999-1234' }, 'Phone')).toBeUndefined();
  });

  it('first and last name typed the other way round are explained as swapped', () => {
    const m = best({ First_Name: 'Smith', Last_Name: 'Bob', Company: 'Acme' });
    expect(m?.fields.filter((f) => f.how === 'swapped').map((f) => [f.field, f.candidateField])).toEqual([
      ['First_Name', 'Last_Name'],
      ['Last_Name', 'First_Name'],
    ]);
  });

  it('an address garbled across its "@" or its dots is a typo within a sixth of its length, and no match beyond', () => {
    const input = { First_Name: 'Noah', Last_Name: 'Watson', Email: 'matthew78@ballard-mcdonald.net' };
    expect(howOf({ Last_Name: 'Watson', Email: 'matthew78ballard-mcdonald.net' }, 'Email', input)).toBe(
      'typo',
    );
    expect(howOf({ Last_Name: 'Watson', Email: 'matthew78@ballardmcdonald.ent' }, 'Email', input)).toBe(
      'typo',
    );
    expect(howOf({ Last_Name: 'Watson', Email: 'matthw78@balard-mcdonald.met' }, 'Email', input)).toBe(
      'typo',
    );
    expect(
      howOf({ Last_Name: 'Watson', Email: 'sarah.jones@ballard-mcdonald.org' }, 'Email', input),
    ).toBeUndefined();
  });

  it('an address garbled past a sixth of its length but within a quarter weighs neither for nor against the match', () => {
    const input = { First_Name: 'Priya', Last_Name: 'Ramanathan', Email: 'priya.ramanathan@example.com' };
    const names = { First_Name: 'Priya', Last_Name: 'Ramanathan' };
    // Five edits in 28 characters: past the typo's reach (four), within a quarter (seven).
    const garbled = best({ ...names, Email: 'pirya.ramnathan@axmaple.cmo' }, input);
    expect(garbled?.fields.find((f) => f.field === 'Email')?.how).toBe('typo');
    expect(garbled?.score).toBe(best(names, input)?.score);
    // Another address, or one whose length alone is past the typo's reach, still counts against it.
    for (const other of ['george.whitfield@other.org', 'priyaramanathan@ex.com']) {
      const m = best({ ...names, Email: other }, input);
      expect(m?.fields.find((f) => f.field === 'Email')).toBeUndefined();
      expect(m?.score ?? 0).toBeLessThan(garbled?.score ?? 0);
    }
  });

  it('a name typed with its letters scrambled is a typo; a four-letter name with the same letters is not', () => {
    const input = { First_Name: 'Amelia', Last_Name: 'Wallace', City: 'Glasgow' };
    const m = best({ First_Name: 'lmeAi', Last_Name: 'Wlalcae', City: 'Glasgow' }, input);
    expect(m?.fields.map((f) => [f.field, f.how])).toEqual([
      ['First_Name', 'typo'],
      ['Last_Name', 'typo'],
      ['City', 'exact'],
    ]);
    expect(
      howOf({ First_Name: 'Noel', Last_Name: 'Wallace', City: 'Glasgow' }, 'First_Name', {
        ...input,
        First_Name: 'Leon',
      }),
    ).toBeUndefined();
  });

  it('names whose sound keys are one letter ("Leo", "Lilly") are not sound-alikes', () => {
    const input = { First_Name: 'Leo', Last_Name: 'Jones', Phone: '5550102000' };
    expect(howOf({ First_Name: 'Lilly', Last_Name: 'Jones', Phone: '5550102000' }, 'First_Name', input)).toBe(
      undefined,
    );
  });

  it("a name typed in the other name's field, the other left empty, is explained as found in the other name field", () => {
    const input = { Last_Name: 'Thompson', Email: 'jefferyduke@brown-salazar.org', City: 'Leeds' };
    const m = best({ First_Name: 'Thompson', Last_Name: 'Ollie', City: 'Leeds' }, input);
    expect(m?.fields.find((f) => f.field === 'Last_Name')).toMatchObject({
      candidateField: 'First_Name',
      how: 'crossed',
    });
    const other = best({ First_Name: 'Tara', Last_Name: 'Ollie', City: 'Leeds' }, input);
    // Thompson is neither of Tara Ollie's names: no swap, and nothing else makes the two one person.
    expect(other).toBeUndefined();
  });

  it("a surname typed in the first name's field beside a garbled first name counts as the surname, not as two disagreements", () => {
    const input = {
      First_Name: 'Adams',
      Last_Name: 'Jx',
      Email: 'becky18@roberts-frazier.info',
      City: 'Leicester',
    };
    const stored = {
      First_Name: 'Jack',
      Last_Name: 'Adams',
      Email: 'becky18@roberts-frazier.info',
      City: 'Leicester',
    };
    const m = best(stored, input);
    expect(m?.classification).toBe('likely');
    // Only the surname crossed over: explained as found in the other name field, not as both names swapped.
    expect(m?.fields.filter((f) => f.how === 'swapped' || f.how === 'crossed')).toEqual([
      expect.objectContaining({ field: 'First_Name', candidateField: 'Last_Name', how: 'crossed' }),
    ]);
    // The garbled first name still weighs as a disagreement: the pair stays below the same names typed in place.
    const inPlace = best(stored, { ...input, First_Name: 'Jack', Last_Name: 'Adams' });
    expect(m?.score ?? 1).toBeLessThan(inPlace?.score ?? 0);
    // With nothing but the crossed name and the city in common, it stays below likely.
    expect(
      best({ First_Name: 'Jack', Last_Name: 'Adams', City: 'Leicester' }, input)?.classification,
    ).not.toBe('likely');
  });

  it('a birth date with day and month swapped is explained as such, not as swapped names', () => {
    const config = configFromRules([
      { field: 'Last_Name', method: 'last-name' },
      { field: 'Date_of_Birth', method: 'date' },
    ]);
    const input = { Last_Name: 'Okafor', Date_of_Birth: '1990-04-07' };
    const [m] = scoreCandidates(input, [lead({ Last_Name: 'Okafor', Date_of_Birth: '1990-07-04' })], {
      module: 'Leads',
      config,
    });
    expect(m?.fields.find((f) => f.field === 'Date_of_Birth')?.how).toBe('dayMonth');
  });

  it('a scrambled name swapped with the other is still a swap', () => {
    const input = { First_Name: 'Moahmed', Last_Name: 'Owen', City: 'Cardiff' };
    const m = best({ First_Name: 'Owen', Last_Name: 'Mohammed', City: 'Cardiff' }, input);
    expect(m?.fields.filter((f) => f.how === 'swapped').map((f) => f.field)).toEqual([
      'First_Name',
      'Last_Name',
    ]);
  });
});

describe('fields that differ', () => {
  beforeAll(() => loadNicknameList());

  it('a match lists the fields both hold that agree in no way, not those an agreement used', () => {
    const m = best({
      First_Name: 'Bob',
      Last_Name: 'Smith',
      Email: 'bob@zenith.org',
      Mobile: '555 010 2000',
      Phone: '555 010 2999',
      Company: 'Zenith Labs',
    });
    expect(m?.fields.find((f) => f.field === 'Phone')?.candidateField).toBe('Mobile');
    // The typed Phone agreed with the stored Mobile: neither is a difference; the typed Mobile is empty.
    expect(m?.differing).toEqual([
      { field: 'Email', candidateField: 'Email' },
      { field: 'Company', candidateField: 'Company' },
    ]);
  });

  it("a Contact's Account_Name is where a Lead's Company differs", () => {
    const contact = record(
      '9',
      {
        First_Name: 'Bob',
        Last_Name: 'Smith',
        Email: 'bob.smith@acme.com',
        Account_Name: { id: '1', name: 'Zenith Labs' },
      },
      'Contacts',
    );
    const [m] = scoreCandidates(typed, [contact], { module: 'Leads' });
    expect(m?.differing).toContainEqual({ field: 'Company', candidateField: 'Account_Name' });
  });
});

describe('classification', () => {
  it('both names swapped weigh what the same two names would: as likely as typed in place', () => {
    const input = { First_Name: 'Charlie', Last_Name: 'Robertson', City: 'Sheffield' };
    const inPlace = best({ First_Name: 'Charlie', Last_Name: 'Robertson', City: 'Sheffield' }, input);
    const swapped = best({ First_Name: 'Robertson', Last_Name: 'Charlie', City: 'Sheffield' }, input);
    expect(swapped?.classification).toBe('likely');
    expect(swapped?.score).toBeCloseTo(inPlace?.score ?? 0, 6);
  });

  it('Bob Smith with a formatted phone is a likely duplicate of Robert Smith, 5550102000', () => {
    const m = best({ First_Name: 'Robert', Last_Name: 'Smith', Phone: '5550102000' });
    expect(m?.classification).toBe('likely');
  });

  it('an email equal but for case is blocking when Email is unique', () => {
    const [m] = scoreCandidates(typed, [lead({ Email: 'BOB.SMITH@acme.com', Last_Name: 'Other' })], {
      module: 'Leads',
      scope: [{ module: 'Leads', converted: 'false', fieldMap: [{ from: 'Email', to: 'Email' }] }],
    });
    expect(m?.classification).toBe('blocking');
    expect(m?.blockingFields).toEqual(['Email']);
  });

  it('a phone in another format is not blocking, because Zoho compares phones as stored', () => {
    const [m] = scoreCandidates(typed, [lead({ Phone: '5550102000' })], {
      module: 'Leads',
      scope: [{ module: 'Leads', converted: 'false', fieldMap: [{ from: 'Phone', to: 'Phone' }] }],
    });
    expect(m).toBeDefined();
    expect(m?.blockingFields).toEqual([]);
    expect(m?.classification).not.toBe('blocking');
  });

  it('each email field is compared with what was typed in it: a second address equal to the stored one agrees', () => {
    const config = configFromRules([
      { field: 'Email', method: 'email' },
      { field: 'Secondary_Email', method: 'email' },
    ]);
    const input = { Email: 'bob.smith@acme.com', Secondary_Email: 'bobby@home.example' };
    const [m] = scoreCandidates(
      input,
      [lead({ Email: 'sales@other.example', Secondary_Email: 'Bobby@Home.example' })],
      {
        module: 'Leads',
        config,
      },
    );
    expect(m?.fields).toContainEqual(expect.objectContaining({ field: 'Secondary_Email', how: 'case' }));
    expect(m?.fields.some((f) => f.field === 'Email')).toBe(false);
  });

  it('a different person with the same company only is not reported', () => {
    expect(
      best({ First_Name: 'Jane', Last_Name: 'Doe', Email: 'jane@acme.com', Company: 'Acme' }),
    ).toBeUndefined();
  });

  it('an email match outranks a name-only match', () => {
    const ms = scoreCandidates(
      typed,
      [record('a', { First_Name: 'Bob', Last_Name: 'Smith' }), record('b', { Email: 'bob.smith@acme.com' })],
      {
        module: 'Leads',
      },
    );
    expect(ms.map((m) => m.candidate.id)).toEqual(['b', 'a']);
  });

  it('thresholds are data: raising likely turns a likely match into a possible one', () => {
    const values = { First_Name: 'Bob', Last_Name: 'Smith' };
    const loose = scoreCandidates(typed, [lead(values)], {
      module: 'Leads',
      thresholds: { likely: 0.5, possible: 0.1 },
    });
    const strict = scoreCandidates(typed, [lead(values)], {
      module: 'Leads',
      thresholds: { likely: 0.999, possible: 0.1 },
    });
    expect(loose[0]?.classification).toBe('likely');
    expect(strict[0]?.classification).toBe('possible');
  });

  it('the record being edited is never its own duplicate', () => {
    expect(scoreCandidates(typed, [lead(typed)], { module: 'Leads', excludeId: '1' })).toEqual([]);
  });

  it("a Contact's Account_Name is compared with the Lead's Company", () => {
    const [m] = scoreCandidates(
      typed,
      [record('c', { Last_Name: 'Smith', Account_Name: { id: '9', name: 'ACME Inc.' } }, 'Contacts')],
      {
        module: 'Leads',
      },
    );
    expect(m?.fields.map((f) => f.field)).toContain('Company');
  });
});

describe('a company name between an organisation and a person', () => {
  const account: Values = { Account_Name: 'ACME, Inc.' };
  const classOf = (input: Values, module: string, candidate: Values, candidateModule: string) =>
    scoreCandidates(input, [record('9', candidate, candidateModule)], { module })[0]?.classification;

  it('an Account typed by name alone shows a Lead of that company as possible, not likely', () => {
    expect(classOf(account, 'Accounts', { Company: 'Acme', Last_Name: 'Smith' }, 'Leads')).toBe('possible');
  });

  it('a Lead typed with its company alone shows an Account of that name as possible, not likely', () => {
    expect(classOf({ Company: 'Acme', Last_Name: 'Smith' }, 'Leads', account, 'Accounts')).toBe('possible');
  });

  it('the same name between two Accounts is still a likely duplicate', () => {
    expect(classOf(account, 'Accounts', { Account_Name: 'Acme' }, 'Accounts')).toBe('likely');
  });

  it.each<[string, Values]>([
    ['phone', { Company: 'Acme', Phone: '(555) 010-2000' }],
    ['website', { Company: 'Acme', Website: 'https://www.acme.com' }],
    ['street address', { Company: 'Acme', Street: '221 East 51st Street' }],
  ])('a Lead sharing the company and the %s with the Account is likely', (_what, lead) => {
    const typed = {
      ...account,
      Phone: '555-010-2000',
      Website: 'acme.com',
      Billing_Street: '221 E. 51st St.',
    };
    expect(classOf(typed, 'Accounts', lead, 'Leads')).toBe('likely');
  });
});

describe('organisations and their sites', () => {
  const account = (id: string, values: Values) => ({ ...record(id, values), module: 'Accounts' });
  // Everything scored is listed: these tests read how fields compared, whatever the total.
  const accountMatch = (typed: Values, stored: Values) =>
    scoreCandidates(typed, [account('1', stored)], {
      module: 'Accounts',
      thresholds: { likely: 0.85, possible: 1e-9 },
    })[0];
  const school = { Account_Name: 'Ellington', Billing_Street: '224 N. Central', Phone: '5346361' };

  it('one name and switchboard number at another street is another site: possible, not likely', () => {
    const branch = { Account_Name: 'Ellington', Billing_Street: '243 N. Parkside', Phone: '5346361' };
    expect(accountMatch(school, branch)?.classification).toBe('possible');
  });

  it('a person at another street with the same name and number is still a likely duplicate', () => {
    const typed = { First_Name: 'Ada', Last_Name: 'Lovelace', Phone: '5346361', Street: '224 N. Central' };
    const moved = { First_Name: 'Ada', Last_Name: 'Lovelace', Phone: '5346361', Street: '243 N. Parkside' };
    expect(best(moved, typed)?.classification).toBe('likely');
  });

  it.each([
    ['a house number range', '8938-40 S. Cottage Grove', '8938 S Cottage Grove'],
    ['a unit number after the street', '160 N. LaSalle N. 201', '160 North LaSalle N201'],
    ['a suite number without a word', '1020 West Bryn Mawr 211', '1020 W Bryn Mawr Ave'],
    ['a dot joining two words', '2710 S.Dearborn', '2710 S. Dearborn'],
    ['another street type', '1512 S Pulaski St', '1512 S Pulaski Road'],
    ['an ordinal spelt out', '854 Seventh Ave.', '854 7th Avenue'],
    [
      'an ordinal spelt out, the cross streets after it',
      '854 7th Ave. between 54th and 55th Sts.',
      '854 seventh ave.',
    ],
  ])('%s is the same site', (_what, typedStreet, storedStreet) => {
    const m = accountMatch(
      { ...school, Billing_Street: typedStreet },
      { Account_Name: 'Other Name', Billing_Street: storedStreet },
    );
    expect(m?.fields.find((f) => f.field === 'Billing_Street')?.how).toMatch(/address|typo/);
  });

  it.each([
    ['north and south', '100 N Main St', '100 South Main Street'],
    ['east and west', '221 E. 51st St.', '221 West 51st Street'],
  ])(
    'the same number on %s of one street is another site, not a typo',
    (_what, typedStreet, storedStreet) => {
      const m = accountMatch(
        { ...school, Billing_Street: typedStreet },
        { Account_Name: 'Other Name', Billing_Street: storedStreet },
      );
      expect(m?.fields.find((f) => f.field === 'Billing_Street')).toBeUndefined();
    },
  );

  it.each([
    ['British', 'TQ13 8DF', 'tq13 8hu', 'EX22 7RX'],
    ['Canadian', 'K1A 0B1', 'K1A 9Z9', 'M5V 3L9'],
  ])(
    'a %s postcode in the same area, another unit, is weak evidence for: explained as the same area',
    (_c, code, sameArea, otherArea) => {
      const typed = { Account_Name: 'Acme', Billing_Code: code };
      const area = accountMatch(typed, { Account_Name: 'Acme', Billing_Code: sameArea });
      const other = accountMatch(typed, { Account_Name: 'Acme', Billing_Code: otherArea });
      const none = accountMatch(typed, { Account_Name: 'Acme' });
      expect(area?.fields).toContainEqual(expect.objectContaining({ field: 'Billing_Code', how: 'area' }));
      expect(area?.score ?? 0).toBeGreaterThan(none?.score ?? 1);
      expect(other?.fields.find((f) => f.field === 'Billing_Code')).toBeUndefined();
      expect(other?.score ?? 1).toBeLessThan(none?.score ?? 0);
    },
  );

  it('US ZIP codes sharing their first digits are not one area: they disagree', () => {
    const typed = { Account_Name: 'Acme', Billing_Code: '60616' };
    const m = accountMatch(typed, { Account_Name: 'Acme', Billing_Code: '60637' });
    expect(m?.fields.find((f) => f.field === 'Billing_Code')).toBeUndefined();
  });

  it('words of a name written short ("Amer", "Svc") count as those words, as weaker evidence than the words', () => {
    const site = { Billing_Street: '310 W. 24th Place', Billing_Code: '60616' };
    const full = { ...site, Account_Name: 'Chinese American Service League' };
    const short = accountMatch({ ...site, Account_Name: 'Chinese Amer Svc League' }, full);
    expect(short?.fields).toContainEqual(expect.objectContaining({ field: 'Account_Name', how: 'acronym' }));
    expect(short?.classification).toBe('likely');
    expect(short?.score ?? 1).toBeLessThan(accountMatch(full, full)?.score ?? 0);
  });

  it("a name whose words only start like the other name's words, with no word in common, is not written short", () => {
    const m = accountMatch({ Account_Name: 'Amer Svc' }, { Account_Name: 'American Service' });
    expect(m?.fields.find((f) => f.field === 'Account_Name')?.how).toBeUndefined();
    // "Chinese" in common is one shared word, not the rest written short.
    const other = accountMatch({ Account_Name: 'Chinese Amer Svc' }, { Account_Name: 'Chinese Arts Center' });
    expect(other?.fields.find((f) => f.field === 'Account_Name')?.how).toBe('word');
  });

  it('most words of a name found in a longer one agree in part: a site listed under its operator', () => {
    const listed = { Account_Name: 'Trinity United Church of Christ Early Care and Learning Center' };
    const m = accountMatch({ Account_Name: 'Trinity Day Care Center' }, listed);
    expect(m?.fields).toContainEqual(expect.objectContaining({ field: 'Account_Name', how: 'words' }));
    // One shared word of three, or two short names sharing one word, is a word in common: weaker evidence.
    for (const [a, b] of [
      ['Bright Stars Academy', 'Little Stars Day Care'],
      ['Lakeview Dental', 'Lakeview Bakery'],
    ] as const) {
      const one = accountMatch({ Account_Name: a }, { Account_Name: b });
      expect(one?.fields).toContainEqual(expect.objectContaining({ field: 'Account_Name', how: 'word' }));
      expect(one?.score ?? 1).toBeLessThan(m?.score ?? 0);
    }
  });

  it('a word that says what kind of firm a name is ("and Sons", "Cafe") is no word in common', () => {
    for (const [a, b] of [
      ['Bernier and Sons', 'Fay and Sons'],
      ['Cafe Roma', 'Cafe Milano'],
      ['Acme Group', 'Zenith Group'],
    ] as const) {
      const one = accountMatch(
        { Account_Name: a, Billing_City: 'Chicago' },
        { Account_Name: b, Billing_City: 'Chicago' },
      );
      expect(one?.fields.find((f) => f.field === 'Account_Name')).toBeUndefined();
    }
    const firman = accountMatch(
      { Account_Name: 'Firman Pre-School West' },
      { Account_Name: 'Firman Community Services' },
    );
    expect(firman?.fields).toContainEqual(expect.objectContaining({ field: 'Account_Name', how: 'word' }));
  });

  it('"Yes" or "No" in a Website field is no website and agrees with nothing', () => {
    const a = { Account_Name: 'North Avenue Day Nursery - Violet Jackson', Website: 'No' };
    const b = { Account_Name: 'Erie Neighborhood House - Luz Gonzalez', Website: 'No' };
    expect(accountMatch(a, b)?.fields.some((f) => f.field === 'Website') ?? false).toBe(false);
    expect(
      accountMatch({ ...a, Website: 'acme.com' }, { ...b, Website: 'www.acme.com' })?.fields,
    ).toContainEqual(expect.objectContaining({ field: 'Website', how: 'domain' }));
  });
});
