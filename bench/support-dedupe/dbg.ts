import { generateSeed } from '../../src/sandbox/seed';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import { record } from '../../test/dedupe/support';
const data = generateSeed({ seed: 7 });
const byId = new Map(data.records.map((r) => [r.id, r]));
for (const p of data.manifest.filter((p) => p.kind === 'nickname').slice(0, 21)) {
  const o = byId.get(p.original.id)!; const d = byId.get(p.duplicate.id)!;
  const m = scoreCandidates(d.values as any, [record(o.id, o.values as any, o.module)], { module: d.module, thresholds: { likely: 0.9, possible: 0 } })[0];
  const pick = (v: any) => [v.First_Name, v.Last_Name, v.Email, v.Phone, v.Mobile, v.Company].join(' / ');
  console.log(m?.score.toFixed(3), m?.fields.map((f) => f.field + ':' + f.how).join(','), '\n   ', pick(o.values), '\n   ', pick(d.values));
}
