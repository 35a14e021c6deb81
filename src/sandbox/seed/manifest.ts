import { writeFileSync } from 'node:fs';
import { DEMO_LEAD, SPECIAL_RECORDS } from './special-records';
import type { PlantedPair, SeedData } from './types';

export type Manifest = {
  readonly seed: number | null;
  readonly pairs: readonly PlantedPair[];
  readonly demoLead: { readonly module: string; readonly id: string };
  readonly special: Readonly<
    Record<keyof typeof SPECIAL_RECORDS, { readonly module: string; readonly id: string }>
  >;
};

/** `.sandbox/crm.db` -> `.sandbox/crm.db.manifest.json`. */
export const manifestPath = (dbPath: string): string => `${dbPath}.manifest.json`;

export const toManifest = (data: SeedData): Manifest => ({
  seed: data.seed ?? null,
  pairs: data.manifest,
  demoLead: { module: DEMO_LEAD.module, id: DEMO_LEAD.id },
  special: {
    html: { module: SPECIAL_RECORDS.html.module, id: SPECIAL_RECORDS.html.id },
    specialChars: { module: SPECIAL_RECORDS.specialChars.module, id: SPECIAL_RECORDS.specialChars.id },
  },
});

/** Writes the planted pairs beside the database so tests and benchmarks can score against them. */
export const writeManifest = (dbPath: string, data: SeedData): string | null => {
  // An in-memory database has no "beside".
  if (dbPath === ':memory:' || dbPath === '') return null;
  const path = manifestPath(dbPath);
  writeFileSync(path, `${JSON.stringify(toManifest(data), null, 2)}\n`);
  return path;
};

/** Each planted record's group: two duplicates of one original are duplicates of each other too. */
export const plantedGroups = (pairs: readonly PlantedPair[]): ReadonlyMap<string, string> => {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    const p = parent.get(id) ?? id;
    return p === id ? id : root(p);
  };
  for (const p of pairs) {
    const top = root(p.original.id);
    parent.set(top, top);
    parent.set(root(p.duplicate.id), top);
  }
  return new Map([...parent.keys()].map((id) => [id, root(id)]));
};
