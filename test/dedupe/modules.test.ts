import { describe, expect, test } from 'vitest';
import { conversionOf, fieldIn, moduleFacts } from '../../src/dedupe/modules';

describe('the module table', () => {
  test("a Lead's Company and address are an Account's name and billing address, and back", () => {
    expect(['Company', 'Street', 'City', 'Zip_Code'].map((f) => fieldIn('Leads', 'Accounts', f))).toEqual([
      'Account_Name',
      'Billing_Street',
      'Billing_City',
      'Billing_Code',
    ]);
    expect(fieldIn('Accounts', 'Leads', 'Billing_Code')).toBe('Zip_Code');
  });

  test("a Contact's mailing address is a Lead's address", () => {
    expect(fieldIn('Contacts', 'Leads', 'Mailing_Zip')).toBe('Zip_Code');
    expect(fieldIn('Leads', 'Contacts', 'Company')).toBe('Account_Name');
  });

  test('a field with one name everywhere, and any field of a module the table does not know, keeps its name', () => {
    expect(fieldIn('Leads', 'Contacts', 'Email')).toBe('Email');
    expect(fieldIn('Leads', 'Projects', 'Company')).toBe('Company');
    expect(fieldIn('Projects', 'Leads', 'Street')).toBe('Street');
  });

  test('only Leads convert, and their duplicate check preference maps to Contacts', () => {
    expect(conversionOf('Leads')).toEqual({ mappedModule: 'Contacts' });
    expect([conversionOf('Contacts'), conversionOf('Accounts'), conversionOf('Projects')]).toEqual([
      null,
      null,
      null,
    ]);
  });

  test("a name inherited from Object's prototype is not a module", () => {
    expect(moduleFacts('constructor')).toBeNull();
    expect(moduleFacts('toString')).toBeNull();
  });
});
