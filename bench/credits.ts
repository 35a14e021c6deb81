// credit_per_check: the API credits one new record's duplicate checks cost, counted from the calls the widget's
// own checker makes against an in-process sandbox (Zoho's credit table, ZOHO.md "Limits and cost").
import { checkCalls, estimateCredits } from '../src/dedupe/credit-estimate';
import { DEFAULT_SETTINGS, moduleSettings, type Settings } from '../src/dedupe/settings';
import { createSandbox, createStore, loadSeed } from '../src/sandbox/index';
import { DEMO_LEAD, generateSeed } from '../src/sandbox/seed/index';
import { createEngineChecker } from '../src/widget/check/engine-checker';
import { createRestClient } from '../src/zoho/rest-client';
import { encodeSettings, SETTINGS_VARIABLE } from '../src/zoho/settings-codec';

/** One request as Zoho bills it: reads and searches 1 credit; COQL 1 per 200 of its LIMIT. */
export const requestCredits = (method: string, path: string, body: string | null): number => {
  if (method === 'POST' && path.endsWith('/coql')) {
    const limit = /\blimit\s+(\d+)/i.exec(body ?? '')?.[1];
    return Math.max(1, Math.ceil(Number(limit ?? 200) / 200));
  }
  return 1;
};

/** A Lead with every field the default Leads rules match on, as a rep fills it in before saving. */
const FULL_LEAD = {
  First_Name: 'Rob',
  Last_Name: DEMO_LEAD.values.Last_Name,
  Email: 'rob.smith@elsewhere.example',
  Phone: '(555) 010-2000',
  Mobile: '555 010 9999',
  Company: 'Acme',
};

export type CreditMeasure = { readonly credits: number; readonly requests: readonly string[] };

/** The flyout's widget checks the filled form once; Save opens the popup, a new widget that checks it fresh. */
export const measureCreditsPerRecord = async (settings?: Settings): Promise<CreditMeasure> => {
  const store = createStore({ path: ':memory:' });
  loadSeed(
    store,
    generateSeed({ seed: 1, pairsPerKind: 2, counts: { leads: 60, contacts: 30, accounts: 10, deals: 0 } }),
  );
  const sandbox = createSandbox({ store });
  if (settings) {
    // The admin's save, made before the record is entered: not part of the record's cost.
    const admin = createRestClient({
      baseUrl: 'http://sandbox.test',
      token: 'sandbox-admin',
      fetch: (i, o) => sandbox.handleRequest(new Request(i, o)),
    });
    const saved = await admin.setOrgVariable(SETTINGS_VARIABLE, encodeSettings(settings));
    if (!saved.ok) throw new Error(`settings not saved: ${JSON.stringify(saved.error)}`);
  }
  const requests: string[] = [];
  let credits = 0;
  const client = () =>
    createRestClient({
      baseUrl: 'http://sandbox.test',
      token: 'sandbox-rep-1',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const body = request.method === 'POST' ? await request.clone().text() : null;
        const path = new URL(request.url).pathname;
        requests.push(`${request.method} ${path}`);
        credits += requestCredits(request.method, path, body);
        return sandbox.handleRequest(request);
      },
    });
  const signal = new AbortController().signal;
  const request = { module: 'Leads', values: FULL_LEAD, excludeId: null };
  await createEngineChecker(client())(request, signal);
  await createEngineChecker(client())({ ...request, fresh: true }, signal);
  store.close();
  return { credits, requests };
};

/** What the settings page estimates for one Lead under `settings`. */
export const estimatedCreditsPerRecord = (settings: Settings = DEFAULT_SETTINGS): number =>
  estimateCredits({
    calls: checkCalls('Leads', moduleSettings(settings, 'Leads')),
    reps: 1,
    recordsPerRepPerDay: 1,
    edition: 'enterprise',
  }).perRecord;

export const creditFigures = async () => {
  const measured = await measureCreditsPerRecord();
  console.log(`credits: ${measured.requests.join(', ')}`);
  return { credit_per_check: measured.credits, credit_per_check_estimate: estimatedCreditsPerRecord() };
};
