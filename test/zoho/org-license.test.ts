import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { editionOf } from '../../src/dedupe/credit-estimate';
import { readOrg } from '../../src/zoho/interpret';
import { orgEnvelopeWire } from '../../src/zoho/schemas/org';

/** GET /crm/v8/org as org.json documents it (components.schemas.org, License_Details), trimmed. */
const org = (extra: Record<string, unknown> = {}) => ({
  org: [
    { id: '4876000000000000001', company_name: 'Zylker', zgid: '48760001', domain_name: 'zylker', ...extra },
  ],
});
const LICENSE = {
  paid_expiry: '2026-02-08T00:00:00-08:00',
  users_license_purchased: 25,
  trial_type: null,
  trial_expiry: null,
  paid: true,
  paid_type: 'Professional',
  trial_action: '',
};

describe('the org answer’s license details', () => {
  test('with license details, the edition and the user licenses are read', () => {
    expect(z.safeParse(orgEnvelopeWire, org({ license_details: LICENSE })).success).toBe(true);
    const read = readOrg(org({ license_details: LICENSE }), 'eu');
    expect(read).toEqual({
      ok: true,
      value: expect.objectContaining({ zgid: '48760001', edition: 'professional', userLicenses: 25 }),
    });
    expect(editionOf(read.ok ? read.value.edition : null)).toBe('professional');
  });

  test('without license details the org still decodes, with neither known', () => {
    for (const extra of [{}, { license_details: null }]) {
      const read = readOrg(org(extra), 'com');
      expect(read).toEqual({
        ok: true,
        value: expect.objectContaining({ zgid: '48760001', edition: null, userLicenses: null }),
      });
    }
  });

  test('unknown or ill-typed license values do not break the read', () => {
    const odd = [
      { license_details: 'enterprise' },
      { license_details: { paid_type: 7, users_license_purchased: '25' } },
      { license_details: { paid_type: 'ZohoOne', users_license_purchased: -1, new_key: { x: 1 } } },
      { license_details: { users_license_purchased: 2.5 } },
    ];
    for (const extra of odd) {
      const read = readOrg(org(extra), 'com');
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.value.userLicenses).toBeNull();
    }
    const zohoOne = readOrg(org(odd[2]), 'com');
    expect(zohoOne.ok && zohoOne.value.edition).toBe('zohoone');
    expect(editionOf('zohoone')).toBeNull();
  });
});
