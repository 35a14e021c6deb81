import { describe, expect, it } from 'vitest';
import { compareField } from '../../src/dedupe/compare-field';
import { matchConfigFor } from '../../src/dedupe/match-config';
import { areNicknames, comparesFirstNames, loadNicknameList } from '../../src/dedupe/nicknames';
import { prepareValue } from '../../src/dedupe/prepared-value';

const how = (a: string, b: string) => {
  const x = prepareValue('first_name', a);
  const y = prepareValue('first_name', b);
  return x && y ? compareField('first_name', x, y).how : null;
};

describe('the nickname list', () => {
  // One file, one module instance: this runs before the list is loaded.
  it('is its own module: until it is loaded, first names are compared without nicknames', () => {
    expect(areNicknames('polly', 'mary')).toBe(false);
    expect(how('Polly', 'Mary')).toBeNull();
    expect(how('Bob', 'Robert')).toBeNull();
  });

  it.each([
    ['Polly', 'Mary'],
    ['Sadie', 'Sarah'],
    ['Patsy', 'Martha'],
    ['Hank', 'Henry'],
    ['Peggy', 'Margaret'],
    ['Bob', 'Robert'],
    ['Liam', 'William'],
  ])('once loaded, %s and %s are one name by nickname', async (a, b) => {
    expect(await loadNicknameList()).toBe(true);
    expect(how(a, b)).toBe('nickname');
    expect(how(b, a)).toBe('nickname');
  });

  it('keeps two nicknames the public list gives one name apart: Joe and Josh (both listed for Joshua)', async () => {
    await loadNicknameList();
    expect(areNicknames('joe', 'joshua')).toBe(true);
    expect(areNicknames('josh', 'joshua')).toBe(true);
    expect(areNicknames('joe', 'josh')).toBe(false);
    expect(areNicknames('bob', 'rob')).toBe(true);
  });

  it('keeps names that merely share a short form apart: Albert and Alfred are both "Al", not each other', async () => {
    await loadNicknameList();
    expect(areNicknames('al', 'albert')).toBe(true);
    expect(areNicknames('al', 'alfred')).toBe(true);
    expect(areNicknames('albert', 'alfred')).toBe(false);
  });

  it('is needed only when a first name is compared', () => {
    const leads = matchConfigFor('Leads');
    expect(comparesFirstNames(leads, { First_Name: 'Polly', Last_Name: 'Smith' })).toBe(true);
    expect(comparesFirstNames(leads, { First_Name: '  ', Last_Name: 'Smith', Email: 'p@x.io' })).toBe(false);
    expect(comparesFirstNames(matchConfigFor('Accounts'), { Account_Name: 'Mary Inc' })).toBe(false);
  });
});
