// Temporary: dumps candidates per query for offline analysis.
import { writeFileSync } from 'node:fs';
import { bulkInsert } from '../../src/sandbox';
import { createHarness, findCandidates } from './crm-harness';
import { FEBRL_CONFIG, FEBRL_FIELDS, readFebrl } from './febrl';

const file = process.argv[2] ?? '';
const rows = readFebrl(file);
const { sandbox, client } = createHarness({ Leads: FEBRL_FIELDS });
const ids = bulkInsert(
  sandbox.store,
  'Leads',
  rows.map((r) => ({ values: r.values })),
  0,
);
const idx = new Map(ids.map((id, i) => [id, i]));
const out: number[][] = [];
for (const q of rows) {
  const f = await findCandidates(
    client,
    'Leads',
    q.values,
    [{ module: 'Leads', converted: 'false' }],
    FEBRL_CONFIG,
  );
  out.push(f.candidates.map((c) => idx.get(c.id) ?? -1));
}
writeFileSync(process.argv[3] ?? '/tmp/cands.json', JSON.stringify(out));
