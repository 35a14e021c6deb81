import { ADMINISTRATOR, STANDARD } from '../metadata/profiles';
import type { SeedUser } from './types';

/** The three users every sandbox has; their tokens are what `Authorization: Zoho-oauthtoken <token>` accepts. */
export const SEED_USERS: readonly SeedUser[] = [
  {
    id: '4876000000000411001',
    zuid: '808233918',
    name: 'Patricia Boyle',
    email: 'patricia.boyle@zylker.example',
    token: 'sandbox-admin',
    profileId: ADMINISTRATOR.id,
    role: 'CEO',
    seesOnlyOwn: false,
  },
  {
    id: '4876000000000411002',
    zuid: '808233919',
    name: 'Ray Holloway',
    email: 'ray.holloway@zylker.example',
    token: 'sandbox-rep-1',
    profileId: STANDARD.id,
    role: 'Sales Rep',
    seesOnlyOwn: false,
  },
  {
    id: '4876000000000411003',
    zuid: '808233920',
    name: 'Nina Okafor',
    email: 'nina.okafor@zylker.example',
    token: 'sandbox-rep-2',
    profileId: STANDARD.id,
    role: 'Sales Rep',
    seesOnlyOwn: true,
  },
];

const byToken = (token: string): SeedUser => {
  const user = SEED_USERS.find((u) => u.token === token);
  if (!user) throw new Error(`no seed user with token ${token}`);
  return user;
};

export const ADMIN = byToken('sandbox-admin');
export const REP_1 = byToken('sandbox-rep-1');
export const REP_2 = byToken('sandbox-rep-2');
