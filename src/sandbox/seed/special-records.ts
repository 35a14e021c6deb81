import { REP_1 } from './seed-users';

type Special = {
  readonly module: 'Leads' | 'Contacts';
  readonly id: string;
  readonly values: Readonly<Record<string, string>>;
};

/** The Lead the README quotes; the same in every seed. */
export const DEMO_LEAD = {
  module: 'Leads',
  id: '4876000000100000001',
  ownerId: REP_1.id,
  values: {
    First_Name: 'Robert',
    Last_Name: 'Smith',
    Email: 'robert.smith@example.com',
    Phone: '5550102000',
    Company: 'Acme Inc',
  },
} as const;

/** Its near-duplicates: a nickname Lead and a Contact whose email differs only in case. */
export const DEMO_DUPLICATES = {
  nicknameLead: {
    module: 'Leads',
    id: '4876000000100000002',
    values: {
      First_Name: 'Bob',
      Last_Name: 'Smith',
      Email: 'bob.smith@example.com',
      Phone: '+1 (555) 010-2000',
      Company: 'Acme, Inc.',
    },
  },
  emailCaseContact: {
    module: 'Contacts',
    id: '4876000000200000001',
    values: { First_Name: 'Robert', Last_Name: 'Smith', Email: 'Robert.Smith@Example.com' },
  },
} as const satisfies Readonly<Record<string, Special>>;

/** Records whose values break naive HTML rendering or search-criteria building. */
export const SPECIAL_RECORDS = {
  html: {
    module: 'Leads',
    id: '4876000000100000003',
    values: {
      First_Name: 'Mallory',
      Last_Name: '<img src=x onerror=alert(1)>',
      Email: 'mallory@xss.example',
      Company: '<b>Bold</b> Holdings',
    },
  },
  specialChars: {
    module: 'Leads',
    id: '4876000000100000004',
    values: {
      First_Name: 'Zoë',
      Last_Name: `O'Brien (Sales), "AJ" \\ Jr.`,
      Email: 'aj+obrien@special.example',
      Phone: '(555) 010-3000',
      Company: 'Smith, Jones & Co. (Holdings) \\',
    },
  },
} as const satisfies Readonly<Record<string, Special>>;
