// Duplicate-engine figures merged into `npm run bench`: speed, API calls per check, CRM-like accuracy.
import { checkBatch } from '../src/dedupe/batch-check';
import { planCheck } from '../src/dedupe/check-plan';
import { loadNicknameList } from '../src/dedupe/nicknames';
import { scoreCandidates } from '../src/dedupe/score-candidates';
import type { Values } from '../src/dedupe/types';
import { crmAccuracy } from './support-dedupe/crm-accuracy';
import { asCandidates, syntheticLeads } from './support-dedupe/synthetic';

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (x: number): number => Math.round(x * 100) / 100;

const TYPED: Values = {
  First_Name: 'Bob',
  Last_Name: 'Smith',
  Email: 'bob.smith@acme.com',
  Phone: '+1 (555) 010-2000',
  Company: 'Acme Inc',
};

/** Median time to score 10,000 candidates for one typed Lead (the engine keeps nothing per candidate between runs). */
export const score10kMs = (runs = 21): number => {
  const candidates = asCandidates(syntheticLeads(10_000));
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    scoreCandidates(TYPED, candidates, { module: 'Leads' });
    times.push(performance.now() - t);
  }
  return ms(median(times));
};

/** A 100,000-row import preflight against 10,000 existing Leads, with Email and Phone unique. */
export const batch100kMs = (runs = 3): number => {
  const rows = syntheticLeads(100_000, 2);
  const existing = asCandidates(syntheticLeads(10_000, 3));
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    checkBatch({ module: 'Leads', rows, existing, order: ['Email', 'Phone'] });
    times.push(performance.now() - t);
  }
  return ms(median(times));
};

/** Planned API calls for a Lead with Email, Phone, name and Company, checked against Leads and Contacts (each
 * call counted once: one search per module). */
export const callsPerCheck = (): number =>
  planCheck({
    module: 'Leads',
    values: TYPED,
    targets: [
      { module: 'Leads', converted: 'both', fieldMap: [{ from: 'Email', to: 'Email' }] },
      { module: 'Contacts', converted: 'false', fieldMap: [] },
    ],
  }).calls.length;

export const engineFigures = async (): Promise<Record<string, number>> => {
  // The product compares first names with the public nickname list loaded.
  await loadNicknameList();
  return {
    score_10k_ms: score10kMs(),
    batch_100k_ms: batch100kMs(),
    calls_per_check_engine: callsPerCheck(),
    ...(await crmAccuracy()),
  };
};

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await engineFigures()));
