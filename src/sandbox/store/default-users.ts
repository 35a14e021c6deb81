import type { User } from './types';

/** Users an empty store starts with, so the fixed tokens work before any seed is loaded. */
export const DEFAULT_USERS: readonly User[] = [
  {
    id: '4876000000000411001',
    zuid: '808233918',
    name: 'Patricia Boyle',
    email: 'patricia.boyle@zylker.example',
    token: 'sandbox-admin',
    profile: 'Administrator',
    role: 'CEO',
    seesOnlyOwn: false,
  },
  {
    id: '4876000000000411002',
    zuid: '808233919',
    name: 'Ray Holloway',
    email: 'ray.holloway@zylker.example',
    token: 'sandbox-rep-1',
    profile: 'Standard',
    role: 'Sales Rep',
    seesOnlyOwn: false,
  },
  {
    id: '4876000000000411003',
    zuid: '808233920',
    name: 'Nina Okafor',
    email: 'nina.okafor@zylker.example',
    token: 'sandbox-rep-2',
    profile: 'Standard',
    role: 'Sales Rep',
    seesOnlyOwn: true,
  },
];
