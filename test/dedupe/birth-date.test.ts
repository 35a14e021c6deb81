import { beforeAll, describe, expect, it } from 'vitest';
import { blockingKeys } from '../../src/dedupe/blocking-keys';
import { matchConfigFor } from '../../src/dedupe/match-config';
import { loadNicknameList } from '../../src/dedupe/nicknames';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import type { Values } from '../../src/dedupe/types';
import { record } from './support';

const contact = (values: Values) => record('1', values, 'Contacts');
const matchOf = (typed: Values, stored: Values) =>
  scoreCandidates(typed, [contact(stored)], { module: 'Contacts' })[0];

const john = { First_Name: 'John', Last_Name: 'Okafor', Mailing_City: 'Leeds' };

describe('a Contact’s birth date, matched by default', () => {
  beforeAll(() => loadNicknameList());

  it('an initial, a surname and a town agree: the birth date decides, the same date likely, another not', () => {
    const typed = {
      First_Name: 'J',
      Last_Name: 'Okafor',
      Mailing_City: 'Leeds',
      Date_of_Birth: '1961-03-02',
    };
    const same = matchOf(typed, { ...john, Date_of_Birth: '1961-03-02' });
    const other = matchOf(typed, { ...john, Date_of_Birth: '1990-11-23' });
    const none = matchOf(typed, john);
    expect(same?.classification).toBe('likely');
    expect(same?.fields.find((f) => f.field === 'Date_of_Birth')?.how).toBe('exact');
    expect(other?.classification).not.toBe('likely');
    expect(other?.score ?? 0).toBeLessThan(none?.score ?? 0);
    expect(none?.classification).toBe('likely');
  });

  it.each([
    ['month first', '03/02/1961', 'format'],
    ['day first', '02/03/1961', 'dayMonth'],
    ['without leading zeros, year first', '1961-3-2', 'format'],
  ])('a date typed %s meets Zoho’s yyyy-MM-dd as the same date, never as another', (_form, typed, how) => {
    const m = matchOf({ ...john, Date_of_Birth: typed }, { ...john, Date_of_Birth: '1961-03-02' });
    expect(m?.fields.find((f) => f.field === 'Date_of_Birth')?.how).toBe(how);
    expect(m?.classification).toBe('likely');
  });

  it('a birth date is searched as Zoho writes it, and a date in another form is not asked at all', () => {
    const keysOf = (date: string) =>
      blockingKeys({ ...john, Date_of_Birth: date }, matchConfigFor('Contacts'), 'Contacts', 'Contacts')
        .map((k) => k.criterion)
        .filter((c) => c.field === 'Date_of_Birth');
    expect(keysOf('1961-03-02')).toEqual([{ field: 'Date_of_Birth', op: 'equals', value: '1961-03-02' }]);
    expect(keysOf('02/03/1961')).toEqual([]);
  });
});
