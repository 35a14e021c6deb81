import { describe, expect, it } from 'vitest';
import { planCheck } from '../../src/dedupe/check-plan';
import { meetsCriterion } from '../../src/dedupe/meets-criterion';
import { EMPTY_MEMORY, recallSearches, rememberSearch } from '../../src/dedupe/search-cache';
import { MAX_CRITERIA } from '../../src/dedupe/search-limits';
import type { Criterion, Values } from '../../src/dedupe/types';
import { record } from './support';

const lead = {
  First_Name: 'Bob',
  Last_Name: 'Smith',
  Email: 'Bob@Acme.com',
  Phone: '+1 (555) 010-2000',
  Company: 'Acme Inc',
};
const leadsAndContacts = [
  { module: 'Leads', converted: 'both' as const, fieldMap: [{ from: 'Email', to: 'Email' }] },
  { module: 'Contacts', converted: 'false' as const, fieldMap: [{ from: 'Email', to: 'Email' }] },
];
const has = (criteria: readonly Criterion[], field: string, op: string, value: string) =>
  criteria.some((c) => c.field === field && c.op === op && c.value === value);

describe('check plan', () => {
  it('a Lead with Email, Phone, name and Company costs one search per module', () => {
    const plan = planCheck({ module: 'Leads', values: lead, targets: leadsAndContacts });
    expect(plan.calls.map((c) => c.module)).toEqual(['Leads', 'Contacts']);
    for (const c of plan.calls)
      expect(c.kind === 'search' && c.criteria.length).toBeLessThanOrEqual(MAX_CRITERIA);
  });

  it('asks for the email (Zoho ignores its case), common phone spellings, name prefixes and the swapped name', () => {
    const [call] = planCheck({ module: 'Leads', values: lead, targets: leadsAndContacts.slice(0, 1) }).calls;
    const criteria = call?.kind === 'search' ? call.criteria : [];
    expect(criteria.some((c) => c.field === 'Email' && c.value.toLowerCase() === 'bob@acme.com')).toBe(true);
    expect(has(criteria, 'Phone', 'equals', '5550102000')).toBe(true);
    expect(has(criteria, 'Phone', 'equals', '+1 (555) 010-2000')).toBe(true);
    expect(has(criteria, 'Last_Name', 'starts_with', 'Smi')).toBe(true);
    expect(has(criteria, 'Last_Name', 'starts_with', 'Bob')).toBe(true);
    expect(has(criteria, 'Company', 'starts_with', 'Acme')).toBe(true);
  });

  it("asks for a mailbox by its first six characters, so an address garbled after them is found; a shorter one whole, with its '@'", () => {
    const criteriaFor = (email: string) => {
      const values = { Last_Name: 'Watson', Email: email };
      const [call] = planCheck({ module: 'Leads', values, targets: leadsAndContacts.slice(0, 1) }).calls;
      return call?.kind === 'search' ? call.criteria : [];
    };
    expect(has(criteriaFor('matthew78@ballard-mcdonald.net'), 'Email', 'starts_with', 'matthe')).toBe(true);
    expect(has(criteriaFor('noah.w@ballard.net'), 'Email', 'starts_with', 'noah.w')).toBe(true);
    expect(has(criteriaFor('noahw@ballard.net'), 'Email', 'starts_with', 'noahw@')).toBe(true);
    expect(criteriaFor('bob@ballard.net').some((c) => c.field === 'Email' && c.op === 'starts_with')).toBe(
      false,
    );
  });

  it('asks for a British or Canadian postcode by its area too, so another unit of the area is found; a US ZIP whole', () => {
    const criteriaFor = (values: Values) => {
      const [call] = planCheck({ module: 'Leads', values, targets: leadsAndContacts.slice(0, 1) }).calls;
      return call?.kind === 'search' ? call.criteria : [];
    };
    // The stored Lead's surname is mistyped at its third letter and its first name is the long form: only the
    // postcode's area is left to find it by.
    const typed = { First_Name: 'Tom', Last_Name: 'Chudleigh', Zip_Code: 'tq13 8df' };
    const stored = record('7', { First_Name: 'Thomas', Last_Name: 'Chydleigh', Zip_Code: 'TQ13 8JR' });
    const uk = criteriaFor(typed);
    expect(has(uk, 'Zip_Code', 'starts_with', 'TQ13')).toBe(true);
    expect(uk.some((c) => meetsCriterion(stored, c))).toBe(true);
    expect(
      has(criteriaFor({ Last_Name: 'Tremblay', Zip_Code: 'K1A 0B1' }), 'Zip_Code', 'starts_with', 'K1A'),
    ).toBe(true);
    const us = criteriaFor({ Last_Name: 'Smith', Zip_Code: '60616' });
    expect(us.filter((c) => c.field === 'Zip_Code')).toEqual([
      { field: 'Zip_Code', op: 'equals', value: '60616' },
    ]);
    // A two-character area ("B6") would ask for half a city: only the whole postcode is asked.
    expect(
      criteriaFor({ Last_Name: 'Hall', Zip_Code: 'B6 3ND' }).filter((c) => c.field === 'Zip_Code'),
    ).toEqual([{ field: 'Zip_Code', op: 'equals', value: 'B6 3ND' }]);
  });

  it('searches converted Leads when the duplicate check preference asks for them', () => {
    const [call] = planCheck({ module: 'Leads', values: lead, targets: leadsAndContacts }).calls;
    expect(call?.kind === 'search' && call.converted).toBe('both');
  });

  it('maps a Lead field to the Contact field of the preference', () => {
    const targets = [
      {
        module: 'Contacts',
        converted: 'false' as const,
        fieldMap: [{ from: 'Email', to: 'Secondary_Email' }],
      },
    ];
    const [call] = planCheck({ module: 'Leads', values: lead, targets }).calls;
    expect(call?.kind === 'search' && has(call.criteria, 'Secondary_Email', 'equals', 'Bob@Acme.com')).toBe(
      true,
    );
  });

  it('splits into a second call only past ten essential conditions', () => {
    const unique = Array.from({ length: 12 }, (_, i) => ({ from: `U${i}`, to: `U${i}` }));
    const values = Object.fromEntries(unique.map((u) => [u.from, `v${u.from}`]));
    const plan = planCheck({
      module: 'Leads',
      values,
      targets: [{ module: 'Leads', converted: 'false', fieldMap: unique }],
    });
    expect(plan.calls).toHaveLength(2);
  });

  it('an empty form plans no call', () => {
    expect(planCheck({ module: 'Leads', values: {}, targets: leadsAndContacts }).calls).toEqual([]);
  });

  it('never searches the same value twice in a session: cached conditions are skipped and their records reused', () => {
    const first = planCheck({
      module: 'Leads',
      values: { Email: 'bob@acme.com' },
      targets: leadsAndContacts.slice(0, 1),
    });
    const call = first.calls[0];
    if (call?.kind !== 'search') throw new Error('expected a search');
    const found = record('L1', { Email: 'BOB@acme.com' });
    const cache = recallSearches(
      rememberSearch(EMPTY_MEMORY, call, { records: [found], moreRecords: false }, 0),
      0,
    );
    const again = planCheck({
      module: 'Leads',
      values: { Email: 'bob@acme.com' },
      targets: leadsAndContacts.slice(0, 1),
      cache,
    });
    expect(again.calls).toEqual([]);
    expect(again.cached.map((r) => r.id)).toEqual(['L1']);
    const more = planCheck({
      module: 'Leads',
      values: { Email: 'bob@acme.com', Last_Name: 'Smith' },
      targets: leadsAndContacts.slice(0, 1),
      cache,
    });
    // Only the new name is asked: in its own field and in the other name's (a name typed in the wrong field).
    expect(more.calls[0]?.kind === 'search' && more.calls[0].criteria.map((c) => c.field)).toEqual([
      'Last_Name',
      'First_Name',
    ]);
  });

  it('reads unique fields through COQL when search may lag', () => {
    const plan = planCheck({
      module: 'Leads',
      values: lead,
      targets: leadsAndContacts.slice(0, 1),
      coql: true,
    });
    expect(plan.calls.find((c) => c.kind === 'coql')?.criteria).toEqual([
      { field: 'Email', op: 'equals', value: 'Bob@Acme.com' },
    ]);
  });
});
