import { describe, expect, test } from 'vitest';
import { conversionOf, FORM_MODULES, fieldIn, MODULES, moduleFacts } from '../../src/dedupe/modules';
import { DEFAULT_SETTINGS } from '../../src/dedupe/settings';

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

  test.each(FORM_MODULES)(
    'on the %s create and edit pages, every field the default settings match on checks again when it changes',
    (module) => {
      const matched = DEFAULT_SETTINGS.modules[module]?.fields.map((f) => f.field) ?? [];
      expect(matched.length).toBeGreaterThan(0);
      const watched: readonly string[] = MODULES[module].watched;
      expect(matched.filter((field) => !watched.includes(field))).toEqual([]);
    },
  );

  test("a name inherited from Object's prototype is not a module", () => {
    expect(moduleFacts('constructor')).toBeNull();
    expect(moduleFacts('toString')).toBeNull();
  });
});
