import { describe, expect, test } from 'vitest';
import { candidateQuery, coqlCandidate } from '../../src/zoho/coql-candidates';

describe('candidateQuery', () => {
  test('asks an email as typed and lower-cased, brackets conditions in pairs and names the bookkeeping columns', () => {
    const query = candidateQuery(
      'Leads',
      ['Email', 'Last_Name'],
      [
        { field: 'Email', op: 'equals', value: "Ann.O'Neil@X.com" },
        { field: 'Phone', op: 'equals', value: '5550102000' },
        { field: 'Last_Name', op: 'starts_with', value: 'Nei' },
      ],
    );
    expect(query).toBe(
      'select id, Owner, Modified_Time, Email, Last_Name from Leads where ' +
        "((Email in ('Ann.O\\'Neil@X.com', 'ann.o\\'neil@x.com') or Phone = '5550102000') or Last_Name like 'Nei%') limit 200",
    );
  });
});

describe('coqlCandidate', () => {
  test('a COQL row becomes a candidate shaped as search’s are', () => {
    const row = {
      id: '42',
      Owner: { id: '7', name: 'Pat Rep' },
      Modified_Time: '2025-02-08T09:43:08-08:00',
      Email: 'a@b.com',
    };
    expect(coqlCandidate('Leads', row)).toEqual({
      module: 'Leads',
      id: '42',
      values: { Email: 'a@b.com' },
      owner: { id: '7', name: 'Pat Rep' },
      modifiedTime: '2025-02-08T09:43:08-08:00',
      converted: false,
    });
  });
  test('a row without an id is no candidate', () => {
    expect(coqlCandidate('Leads', { Email: 'a@b.com' })).toBeNull();
  });
});
