import { checkBatch } from '../../src/dedupe/batch-check';
import { asCandidates, syntheticLeads } from './synthetic';
const rows = syntheticLeads(100_000, 2);
const existing = asCandidates(syntheticLeads(10_000, 3));
const t = performance.now();
checkBatch({ module: 'Leads', rows, existing, order: ['Email', 'Phone'] });
console.log(performance.now() - t);
