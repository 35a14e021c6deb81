export { UNIQUE_FIELDS } from './base-records';
export {
  DEFAULT_COUNTS,
  DEFAULT_PAIRS_PER_KIND,
  generateSeed,
  type SeedCounts,
  type SeedOptions,
} from './generate-seed';
export { type Manifest, manifestPath, plantedGroups, toManifest, writeManifest } from './manifest';
export { PLANTED_KINDS } from './plant';
export { ADMIN, REP_1, REP_2, SEED_USERS } from './seed-users';
export { DEMO_DUPLICATES, DEMO_LEAD, SPECIAL_RECORDS } from './special-records';
export type { PlantedKind, PlantedPair, SeedData, SeedRecord, SeedUser } from './types';
export { formatPhone, NICKNAMES, phoneDigitsOf } from './variants';
export { formatZohoTime, SEED_BASE_TIME } from './zoho-time';
