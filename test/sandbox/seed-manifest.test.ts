import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEMO_LEAD,
  generateSeed,
  type Manifest,
  SPECIAL_RECORDS,
  writeManifest,
} from '../../src/sandbox/seed';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeManifest', () => {
  it('writes the planted pairs beside the database as <db>.manifest.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-manifest-'));
    dirs.push(dir);
    const data = generateSeed({
      seed: 3,
      counts: { leads: 300, contacts: 120, accounts: 60, deals: 5 },
      pairsPerKind: 5,
    });
    const path = writeManifest(join(dir, 'crm.db'), data);
    expect(path).toBe(join(dir, 'crm.db.manifest.json'));
    const manifest = JSON.parse(readFileSync(join(dir, 'crm.db.manifest.json'), 'utf8')) as Manifest;
    expect(manifest.seed).toBe(3);
    expect(manifest.pairs).toEqual(data.manifest);
    expect(manifest.demoLead.id).toBe(DEMO_LEAD.id);
    expect(manifest.special.html.id).toBe(SPECIAL_RECORDS.html.id);
  });

  it('writes nothing for an in-memory database', () => {
    expect(writeManifest(':memory:', generateSeed({ seed: 1, pairsPerKind: 1 }))).toBeNull();
  });
});
