// Temporary: simulates the sandbox search (contains-equals, 200 a page) to compare blocking choices.
import { planCheck } from '../../src/dedupe/check-plan';
import type { MatchConfig } from '../../src/dedupe/match-config';
import { FEBRL_CONFIG, readFebrl } from './febrl';

const file = process.argv[2] ?? '';
const rows = readFebrl(file);
const variants: Record<string, MatchConfig> = {
  base: FEBRL_CONFIG,
  p4: {
    ...FEBRL_CONFIG,
    fields: FEBRL_CONFIG.fields.map((f) => (f.blocking === 'prefix' ? { ...f, prefixLength: 4 } : f)),
  },
  last4first3: {
    ...FEBRL_CONFIG,
    fields: FEBRL_CONFIG.fields.map((f) => (f.field === 'Last_Name' ? { ...f, prefixLength: 4 } : f)),
  },
  noFirst: {
    ...FEBRL_CONFIG,
    fields: FEBRL_CONFIG.fields.map((f) =>
      f.field === 'First_Name' ? { ...f, blocking: 'none' as const } : f,
    ),
  },
  p4noFirst: {
    ...FEBRL_CONFIG,
    fields: FEBRL_CONFIG.fields.map((f) =>
      f.field === 'First_Name'
        ? { ...f, blocking: 'none' as const }
        : f.blocking === 'prefix'
          ? { ...f, prefixLength: 4 }
          : f,
    ),
  },
};
for (const [name, config] of Object.entries(variants)) {
  let found = 0,
    total = 0,
    sizes = 0,
    crowded = 0;
  rows.forEach((q, i) => {
    const call = planCheck({
      module: 'Leads',
      values: q.values,
      targets: [{ module: 'Leads', converted: 'false' }],
      config,
    }).calls[0];
    if (!call || call.kind !== 'search') return;
    const hits: number[] = [];
    rows.forEach((r, j) => {
      if (
        call.criteria.some((c) => {
          const v = String(r.values[c.field] ?? '').toLowerCase();
          const w = c.value.toLowerCase();
          return c.op === 'equals' ? v.includes(w) : v.startsWith(w);
        })
      )
        hits.push(j);
    });
    sizes += hits.length;
    if (hits.length > 200) crowded++;
    const page = new Set(hits.slice(0, 200));
    rows.forEach((r, j) => {
      if (j !== i && r.entity === q.entity) {
        total++;
        if (page.has(j)) found++;
      }
    });
  });
  console.log(
    name,
    'recall',
    (found / total).toFixed(5),
    'avg',
    (sizes / rows.length).toFixed(1),
    'crowded',
    crowded,
  );
}
