import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import en from '../../../app/translations/settings-en.json';
import { configFromRules } from '../../../src/dedupe/match-config';
import { MATCH_METHODS } from '../../../src/dedupe/match-methods';
import { loadNicknameList } from '../../../src/dedupe/nicknames';
import { scoreCandidates } from '../../../src/dedupe/score-candidates';
import { FieldRules } from '../../../src/widget/settings/components/FieldRules';
import { decodeStoredSettings } from '../../../src/zoho/settings-codec';

afterEach(cleanup);

const stored = (method: string) =>
  JSON.stringify({
    version: 1,
    modules: {
      Accounts: {
        enabled: true,
        fields: [{ field: 'Billing_Street', method }],
        thresholds: { likely: 0.85, possible: 0.6 },
        onSave: 'warn',
        alsoSearch: [],
      },
    },
  });

describe('one table of match methods', () => {
  beforeAll(() => loadNicknameList());

  test.each(MATCH_METHODS)('the codec accepts stored settings that use "%s"', (method) => {
    expect(decodeStoredSettings(stored(method)).note).toBeNull();
  });

  test('the codec refuses a method the table does not have', () => {
    expect(decodeStoredSettings(stored('soundex')).note?.kind).toBe('corrupt');
  });

  test('the settings page offers every method of the table, each with its own label', () => {
    render(
      <FieldRules
        rules={[]}
        fields={[
          { apiName: 'Website', label: 'Website', dataType: 'website', unique: false, readOnly: false },
        ]}
        onChange={() => {}}
      />,
    );
    const options = within(screen.getByLabelText('Website')).getAllByRole('option');
    expect(options.map((o) => o.getAttribute('value'))).toEqual(['', ...MATCH_METHODS]);
    for (const m of MATCH_METHODS) expect(en).toHaveProperty(`method.${m}`);
  });

  test('the engine compares a street rule as an address: "221 E. 51st St." is "221 East 51st Street"', () => {
    const config = configFromRules([
      { field: 'Billing_Street', method: 'street' },
      { field: 'Account_Name', method: 'company' },
    ]);
    const [match] = scoreCandidates(
      { Billing_Street: '221 E. 51st St.', Account_Name: 'Acme' },
      [
        {
          module: 'Accounts',
          id: '1',
          values: { Billing_Street: '221 East 51st Street', Account_Name: 'ACME Inc.' },
          owner: null,
          modifiedTime: null,
          converted: false,
        },
      ],
      { module: 'Accounts', config },
    );
    expect(match?.fields.find((f) => f.field === 'Billing_Street')?.how).toBe('address');
  });

  // One value per method as a rep would type it; a method added to the table without one fails here.
  const SAMPLES: Readonly<Record<string, readonly [typed: string, stored: string, other: string]>> = {
    exact: ['ABC-123', 'abc-123', 'XYZ-987'],
    email: ['Ada@Example.com', 'ada@example.com', 'grace@navy.mil'],
    'fuzzy-name': ['Bob Smith', 'Robert Smith', 'Grace Hopper'],
    'first-name': ['Bob', 'Robert', 'Grace'],
    'last-name': ['Lovelace', 'Lovelace', 'Hopper'],
    phone: ['(555) 010-2000', '+1 555 010 2000', '+44 20 7946 0958'],
    company: ['Acme Inc.', 'ACME', 'Globex Corporation'],
    street: ['221 E. 51st St.', '221 East 51st Street', '9 Rue de Rivoli'],
    'site-street': ['1512 S Pulaski Rd', '1512 South Pulaski Road', '4444 S. Evans Ave'],
    city: ['Leeds', 'leeds', 'Nairobi'],
    postcode: ['10022', '10022-4401', '75001'],
    website: ['https://www.acme.com/about', 'acme.com', 'globex.net'],
    date: ['1970-01-31', '1970/01/31', '1999-12-01'],
    text: ['Blue whale project', 'blue whale project', 'Annual audit'],
  };

  test.each(MATCH_METHODS)(
    'the engine scores a field under "%s": its own value agrees, another does not',
    (method) => {
      const sample = SAMPLES[method];
      if (!sample) throw new Error(`no sample value for the method "${method}"`);
      const [typed, stored, other] = sample;
      const config = configFromRules([{ field: 'Custom_Field', method }]);
      const candidate = (id: string, value: string) => ({
        module: 'Accounts',
        id,
        values: { Custom_Field: value },
        owner: null,
        modifiedTime: null,
        converted: false,
      });
      const matches = scoreCandidates(
        { Custom_Field: typed },
        [candidate('same', stored), candidate('other', other)],
        { module: 'Accounts', config, thresholds: { likely: 0.999999, possible: 1e-9 } },
      );
      const agreed = (id: string) =>
        matches.find((m) => m.candidate.id === id)?.fields.some((f) => f.field === 'Custom_Field') ?? false;
      expect(agreed('same')).toBe(true);
      expect(agreed('other')).toBe(false);
    },
  );

  test('stored settings with the method names of earlier releases still decode', () => {
    for (const method of ['exact', 'fuzzy-name', 'phone', 'company'])
      expect(decodeStoredSettings(stored(method)).note).toBeNull();
  });
});
