// Temporary: offline error analysis from dumped candidates.
import { readFileSync } from 'node:fs';
import { scoreCandidates } from '../../src/dedupe/score-candidates';
import { record } from '../../test/dedupe/support';
import { FEBRL_CONFIG, readFebrl } from './febrl';

const rows = readFebrl(process.argv[2] ?? '');
const cands = JSON.parse(readFileSync(process.argv[3] ?? '', 'utf8')) as number[][];
const likely = Number(process.argv[4] ?? 0.9);
const recs = rows.map((r, i) => record(String(i), r.values));
let tp = 0,
  fp = 0,
  fn = 0,
  top5miss = 0,
  dups = 0;
const show = (i: number) => Object.values(rows[i]?.values ?? {}).join('|');
rows.forEach((q, i) => {
  const ms = scoreCandidates(
    q.values,
    (cands[i] ?? []).map((j) => recs[j]!),
    { module: 'Leads', config: FEBRL_CONFIG, thresholds: { likely, possible: 0 }, excludeId: String(i) },
  );
  const truthJ = rows.flatMap((r, j) => (r.entity === q.entity && j !== i ? [j] : []));
  for (const m of ms) {
    const j = Number(m.candidate.id);
    const isTrue = rows[j]?.entity === q.entity;
    if (m.classification !== 'possible') {
      if (isTrue) tp++;
      else {
        fp++;
        if (process.env.V)
          console.log(
            'FP',
            m.score.toFixed(3),
            m.fields.map((f) => `${f.field}:${f.how}`).join(','),
            '\n  ',
            show(i),
            '\n  ',
            show(j),
          );
      }
    }
  }
  for (const j of truthJ) {
    const m = ms.find((x) => x.candidate.id === String(j));
    if (!m || m.classification === 'possible') {
      fn++;
      if (process.env.V)
        console.log(
          'FN',
          m?.score.toFixed(3) ?? 'unseen',
          m?.fields.map((f) => `${f.field}:${f.how}`).join(','),
          '\n  ',
          show(i),
          '\n  ',
          show(j),
        );
    }
  }
  if (q.recId.includes('dup')) {
    dups++;
    const org = rows.findIndex((r) => r.recId === `rec-${q.entity}-org`);
    if (!ms.slice(0, 5).some((m) => m.candidate.id === String(org))) top5miss++;
  }
});
console.log({ tp: tp / 2, fp: fp / 2, fn: fn / 2, p: tp / (tp + fp), r: tp / (tp + fn), top5miss, dups });
