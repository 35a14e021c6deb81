import { describe, expect, it } from 'vitest';
import { sandboxRecordUrl } from '../../src/sandbox/shim/record-links';

const ORIGIN = 'http://127.0.0.1:5173';

describe('record links inside the sandbox', () => {
  it('a Zoho record page of any data centre opens the sandbox record page of the same module and id', () => {
    expect(sandboxRecordUrl('https://crm.zoho.com/crm/org123/tab/Leads/4876000000100000002', ORIGIN)).toBe(
      `${ORIGIN}/Leads/4876000000100000002`,
    );
    expect(sandboxRecordUrl('https://crm.zoho.com.au/crm/org9/tab/Contacts/55?x=1', ORIGIN)).toBe(
      `${ORIGIN}/Contacts/55`,
    );
  });

  it('a Deal, shown under its old tab name Potentials, opens the sandbox Deals page', () => {
    expect(sandboxRecordUrl('https://crm.zoho.eu/crm/org1/tab/Potentials/77', ORIGIN)).toBe(
      `${ORIGIN}/Deals/77`,
    );
  });

  it('any other link is left alone', () => {
    for (const href of [
      'https://www.zoho.com/crm/help/',
      'https://crm.zoho.com/crm/org1/settings',
      'https://crm.zoho.com.evil.example/crm/org1/tab/Leads/1',
      'not a url',
      `${ORIGIN}/Leads/1`,
    ])
      expect(sandboxRecordUrl(href, ORIGIN)).toBeNull();
  });
});
