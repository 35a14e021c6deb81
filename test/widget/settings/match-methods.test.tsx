import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import en from '../../../app/translations/settings-en.json';
import { configFromRules } from '../../../src/dedupe/match-config';
import { MATCH_METHODS } from '../../../src/dedupe/match-methods';
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

  test('stored settings with the method names of earlier releases still decode', () => {
    for (const method of ['exact', 'fuzzy-name', 'phone', 'company'])
      expect(decodeStoredSettings(stored(method)).note).toBeNull();
  });
});
