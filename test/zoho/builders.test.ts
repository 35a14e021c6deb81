import { describe, expect, it } from 'vitest';
import { meetsCriterion } from '../../src/dedupe/meets-criterion';
import type { CandidateRecord, Criterion } from '../../src/dedupe/types';
import { coqlOr, coqlString } from '../../src/zoho/coql';
import { criteriaStrings, escapeCriteriaValue } from '../../src/zoho/criteria';
import { dataCentreOf, recordLink, tabNameOf } from '../../src/zoho/record-link';

const eq = (field: string, value: string): Criterion => ({ field, op: 'equals', value });

const exactMatches = (records: readonly CandidateRecord[], criteria: readonly Criterion[]) =>
  records.filter((r) => criteria.some((c) => meetsCriterion(r, c)));

describe('search criteria', () => {
  it('puts a backslash before parentheses and commas', () => {
    expect(escapeCriteriaValue('Burns, (B)')).toBe('Burns\\, \\(B\\)');
  });
  it('doubles backslashes so a trailing one cannot escape the closing parenthesis', () => {
    expect(escapeCriteriaValue('C:\\')).toBe('C:\\\\');
    expect(escapeCriteriaValue('a\\(')).toBe('a\\\\\\(');
  });
  it('wraps one criterion in parentheses and ORs several inside one more pair', () => {
    expect(criteriaStrings([eq('Email', 'a@b.com')])).toEqual(['(Email:equals:a@b.com)']);
    expect(criteriaStrings([eq('Email', 'a@b.com'), eq('Phone', '555')])).toEqual([
      '((Email:equals:a@b.com)or(Phone:equals:555))',
    ]);
  });
  it('splits more than ten criteria into several calls', () => {
    const many = Array.from({ length: 23 }, (_, i) => eq('Email', `u${i}@x.io`));
    const calls = criteriaStrings(many);
    expect(calls).toHaveLength(3);
    expect(calls.map((c) => c.split(')or(').length)).toEqual([10, 10, 3]);
  });
});

describe('COQL', () => {
  it('quotes strings and escapes quotes and backslashes', () => {
    expect(coqlString("O'Brien \\ co")).toBe("'O\\'Brien \\\\ co'");
  });
  it('brackets more than two conditions in pairs', () => {
    expect(coqlOr(['A', 'B', 'C', 'D'])).toBe('(((A or B) or C) or D)');
    expect(coqlOr(['A'])).toBe('A');
  });
});

const rec = (id: string, values: CandidateRecord['values']): CandidateRecord => ({
  module: 'Leads',
  id,
  values,
  owner: null,
  modifiedTime: null,
  converted: false,
});

describe('exact re-check', () => {
  it('drops records that search returned for a value they only contain', () => {
    const found = [
      rec('1', { Company: 'Acme' }),
      rec('2', { Company: 'Acme Holdings' }),
      rec('3', { Company: 'ACME' }),
    ];
    expect(exactMatches(found, [eq('Company', 'acme')]).map((r) => r.id)).toEqual(['1', '3']);
  });
  it('never matches a record that lacks the field', () => {
    expect(exactMatches([rec('1', { Email: null })], [eq('Email', '')])).toEqual([]);
  });
});

describe('record links', () => {
  it('links Deals under the Potentials tab on the record’s data centre', () => {
    expect(
      recordLink({
        dataCentre: 'eu',
        zgid: '20071',
        tabName: tabNameOf('Deals', 'default', 'Potentials'),
        id: '9',
      }),
    ).toBe('https://crm.zoho.eu/crm/org20071/tab/Potentials/9');
  });
  it('links custom modules under CustomModuleN', () => {
    expect(tabNameOf('Projects', 'custom', 'CustomModule3')).toBe('CustomModule3');
    expect(tabNameOf('Leads', 'default', 'Leads')).toBe('Leads');
  });
  it.each([
    ['https://www.zohoapis.com', 'com'],
    ['https://www.zohoapis.com.au/crm/v8', 'com.au'],
    ['https://www.zohoapis.com.cn', 'com.cn'],
    ['https://www.zohoapis.sa', 'sa'],
    ['http://127.0.0.1:8787', 'com'],
  ])('reads the data centre of %s as %s', (url, dc) => {
    expect(dataCentreOf(url)).toBe(dc);
    expect(recordLink({ dataCentre: dc, zgid: '1', tabName: 'Leads', id: '2' })).toBe(
      `https://crm.zoho.${dc}/crm/org1/tab/Leads/2`,
    );
  });
});
