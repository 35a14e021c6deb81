import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_DUPLICATES,
  DEMO_LEAD,
  generateSeed,
  NICKNAMES,
  PLANTED_KINDS,
  type PlantedPair,
  phoneDigitsOf,
  REP_1,
  REP_2,
  type SeedData,
  type SeedRecord,
  SPECIAL_RECORDS,
} from '../../src/sandbox/seed';

let data: SeedData;
let byId: Map<string, SeedRecord>;
beforeAll(() => {
  data = generateSeed({ seed: 42 });
  byId = new Map(data.records.map((r) => [r.id, r]));
});

const count = (d: SeedData, module: string) => d.records.filter((r) => r.module === module).length;
const text = (r: SeedRecord, field: string) => String(r.values[field] ?? '');
const recordsOf = (p: PlantedPair) => {
  const original = byId.get(p.original.id);
  const duplicate = byId.get(p.duplicate.id);
  if (!original || !duplicate) throw new Error(`pair ${p.original.id}/${p.duplicate.id} is missing`);
  return [original, duplicate] as const;
};
const stripSuffix = (name: string) =>
  name
    .toLowerCase()
    .replace(/\band\b/g, '&')
    .replace(/[.,]/g, '')
    .replace(/\b(inc|ltd|limited|gmbh|llc|corporation|corp)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const editDistanceIsOneSlip = (a: string, b: string) => {
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    return diff.length === 2 && a[diff[0] ?? 0] === b[diff[1] ?? 0] && a[diff[1] ?? 0] === b[diff[0] ?? 0];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return (
    long.length === short.length + 1 &&
    [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short)
  );
};

/** What makes each kind of pair the kind it claims to be. */
const KIND_CHECKS: Record<PlantedPair['kind'], (o: SeedRecord, d: SeedRecord) => void> = {
  email_case: (o, d) => {
    expect(text(d, 'Email')).not.toBe(text(o, 'Email'));
    expect(text(d, 'Email').toLowerCase()).toBe(text(o, 'Email').toLowerCase());
  },
  phone_format: (o, d) => {
    expect(text(d, 'Phone')).not.toBe(text(o, 'Phone'));
    expect(phoneDigitsOf(text(d, 'Phone'))).toBe(phoneDigitsOf(text(o, 'Phone')));
  },
  nickname: (o, d) => {
    expect(NICKNAMES).toContainEqual([text(o, 'First_Name'), text(d, 'First_Name')]);
    expect(text(d, 'Last_Name')).toBe(text(o, 'Last_Name'));
  },
  typo: (o, d) => {
    expect(text(d, 'First_Name')).toBe(text(o, 'First_Name'));
    expect(editDistanceIsOneSlip(text(o, 'Last_Name'), text(d, 'Last_Name'))).toBe(true);
  },
  swapped_names: (o, d) => {
    expect([text(d, 'First_Name'), text(d, 'Last_Name')]).toEqual([
      text(o, 'Last_Name'),
      text(o, 'First_Name'),
    ]);
    expect(text(d, 'First_Name')).not.toBe(text(o, 'First_Name'));
  },
  company_suffix: (o, d) => {
    expect(text(d, 'Account_Name')).not.toBe(text(o, 'Account_Name'));
    expect(stripSuffix(text(d, 'Account_Name'))).toBe(stripSuffix(text(o, 'Account_Name')));
  },
  converted_lead_contact: (o, d) => {
    expect(o.converted?.contactId).toBe(d.id);
    expect(text(d, 'Email')).toBe(text(o, 'Email'));
  },
};

describe('generateSeed', () => {
  it('gives the same data for the same seed number and different data for another', () => {
    expect(generateSeed({ seed: 42 })).toEqual(data);
    const other = generateSeed({ seed: 43 });
    expect(other.records.map((r) => r.values)).not.toEqual(data.records.map((r) => r.values));
  });

  it('creates about 2,000 Leads, 1,000 Contacts, 500 Accounts and some Deals by default', () => {
    expect([count(data, 'Leads'), count(data, 'Contacts'), count(data, 'Accounts')]).toEqual([
      2000, 1000, 500,
    ]);
    expect(count(data, 'Deals')).toBeGreaterThan(0);
  });

  it('honours smaller counts, for quick tests', () => {
    const small = generateSeed({
      seed: 1,
      counts: { leads: 300, contacts: 120, accounts: 60, deals: 10 },
      pairsPerKind: 5,
    });
    expect([
      count(small, 'Leads'),
      count(small, 'Contacts'),
      count(small, 'Accounts'),
      count(small, 'Deals'),
    ]).toEqual([300, 120, 60, 10]);
  });

  it('refuses counts too small to hold the planted pairs', () => {
    expect(() => generateSeed({ seed: 1, counts: { leads: 10 } })).toThrow(RangeError);
  });

  it('gives every record a 19-digit string id, an owner among the users and Zoho-formatted times', () => {
    const userIds = new Set(data.users.map((u) => u.id));
    expect(new Set(data.records.map((r) => r.id)).size).toBe(data.records.length);
    for (const r of data.records) {
      expect(r.id).toMatch(/^\d{19}$/);
      expect(userIds.has(r.ownerId)).toBe(true);
      expect(r.createdTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(Date.parse(r.modifiedTime)).toBeGreaterThanOrEqual(Date.parse(r.createdTime));
    }
  });

  it('spreads records across all three users, rep 2 seeing only their own', () => {
    const owners = new Set(data.records.map((r) => r.ownerId));
    expect(owners.size).toBe(3);
    expect(data.users.map((u) => u.token)).toEqual(['sandbox-admin', 'sandbox-rep-1', 'sandbox-rep-2']);
    expect(REP_2.seesOnlyOwn).toBe(true);
  });

  it('marks Email and Phone unique on Leads and Email on Contacts, and no two records repeat them in any case', () => {
    expect(data.uniqueFields).toEqual([
      { module: 'Leads', field: 'Email' },
      { module: 'Leads', field: 'Phone' },
      { module: 'Contacts', field: 'Email' },
    ]);
    for (const { module, field } of data.uniqueFields) {
      const values = data.records
        .filter((r) => r.module === module && typeof r.values[field] === 'string' && r.values[field] !== '')
        .map((r) => text(r, field).toLowerCase());
      expect(new Set(values).size, `${module}.${field}`).toBe(values.length);
    }
  });

  it('points every lookup at an existing Account with its name', () => {
    for (const r of data.records.filter((x) => x.module === 'Contacts' || x.module === 'Deals')) {
      const lookup = r.values.Account_Name as { id: string; name: string };
      expect(byId.get(lookup.id)?.values.Account_Name).toBe(lookup.name);
    }
  });

  it.each(PLANTED_KINDS)('plants at least 20 %s pairs, each of the kind it claims', (kind) => {
    const pairs = data.manifest.filter((p) => p.kind === kind);
    expect(pairs.length).toBeGreaterThanOrEqual(20);
    for (const p of pairs) {
      const [original, duplicate] = recordsOf(p);
      expect([original.module, duplicate.module]).toEqual([p.original.module, p.duplicate.module]);
      KIND_CHECKS[kind](original, duplicate);
    }
  });

  it('plants the README demo Lead with a nickname twin and a Contact whose email differs in case', () => {
    expect(byId.get(DEMO_LEAD.id)).toMatchObject({ ownerId: REP_1.id, values: DEMO_LEAD.values });
    for (const dup of Object.values(DEMO_DUPLICATES))
      expect(byId.get(dup.id)?.values).toMatchObject(dup.values);
    const demoPairs = data.manifest.filter((p) => p.original.id === DEMO_LEAD.id).map((p) => p.kind);
    expect(demoPairs.sort()).toEqual(['email_case', 'nickname']);
  });

  it('plants a record with HTML in its name and one with search-breaking characters', () => {
    expect(byId.get(SPECIAL_RECORDS.html.id)?.values.Last_Name).toContain('<img src=x onerror=alert(1)>');
    const special = text(byId.get(SPECIAL_RECORDS.specialChars.id) as SeedRecord, 'Last_Name');
    for (const ch of ['(', ')', ',', '\\', '"', "'"]) expect(special).toContain(ch);
  });
});
