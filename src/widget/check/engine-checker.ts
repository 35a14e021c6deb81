import { selectiveCriteria } from '../../dedupe/blocking-keys';
import type { PlannedCall } from '../../dedupe/check-plan';
import { configFromRules } from '../../dedupe/match-config';
import { fieldIn } from '../../dedupe/modules';
import { comparesFirstNames, loadNicknameList } from '../../dedupe/nicknames';
import { byCertainty, scoreCandidates } from '../../dedupe/score-candidates';
import { EMPTY_MEMORY, recallSearches, rememberSearch, type SearchMemory } from '../../dedupe/search-cache';
import { moduleSettings } from '../../dedupe/settings';
import type { CandidateRecord, Match, Thresholds } from '../../dedupe/types';
import type { CrmClient } from '../../zoho/crm-client';
import type { CrmError } from '../../zoho/crm-error';
import { err, ok, type Result } from '../../zoho/result';
import { type CheckContext, loadCheckContext } from './check-context';
import { mergeFresh } from './merge-fresh';
import { type PlanInput, planSearches } from './plan-searches';
import { searchedFields } from './searched-fields';
import { readSessionSettings, type SessionSettings } from './session-settings';
import type { Checker } from './types';

type FreshPlan = Pick<PlanInput, 'module' | 'config' | 'searchable'>;
type CoqlCall = Extract<PlannedCall, { readonly kind: 'coql' }>;

/**
 * Only a save's check reads through COQL, so that code loads on its first use; a chunk that cannot load leaves
 * search's answer standing, as a COQL refusal does.
 */
const readAllFresh = async (
  client: CrmClient,
  calls: readonly CoqlCall[],
  plan: FreshPlan,
  signal: AbortSignal,
): Promise<readonly CandidateRecord[]> => {
  if (calls.length === 0) return [];
  const loaded = await import('./read-fresh').catch(() => null);
  if (!loaded) return [];
  const read = await Promise.all(calls.map((call) => loaded.readFresh(client, call, plan, signal)));
  return read.flat();
};

/** A converted Lead Zoho does not check (preference off) is a likely or possible duplicate, never a blocker. */
const unblock = (match: Match, thresholds: Thresholds): Match | null => {
  if (match.classification !== 'blocking') return match;
  const classification =
    match.score >= thresholds.likely ? 'likely' : match.score >= thresholds.possible ? 'possible' : null;
  return classification ? { ...match, classification, blockingFields: [] } : null;
};

/** Names each matched field as the candidate's module calls it (a Lead's Company is a Contact's Account_Name). */
const inCandidateFields = (match: Match, module: string): Match => ({
  ...match,
  fields: match.fields.map((f) => ({
    ...f,
    candidateField: fieldIn(module, match.candidate.module, f.candidateField),
  })),
});

/**
 * The engine over a CrmClient: the admin's settings (read once a session) choose the modules, fields and
 * thresholds; the check plan decides the calls (one search per module, none for conditions an earlier search
 * answered in the last SEARCH_LIFETIME_MS, plus on `fresh` one COQL read per module Zoho checks; a search that
 * ran past one page is asked again with its selective conditions alone), the scorer
 * explains every candidate, Zoho's own rules decide what blocks. `now` is the clock search answers age by.
 */
export const createEngineChecker = (
  client: CrmClient,
  readSettings: () => Promise<SessionSettings> = () => readSessionSettings(client),
  now: () => number = Date.now,
): Checker => {
  const contexts = new Map<string, Promise<Result<CheckContext, CrmError>>>();
  let memory: SearchMemory = EMPTY_MEMORY;
  let session: Promise<SessionSettings> | null = null;
  const settingsOf = () => {
    if (!session) {
      session = readSettings();
      // A read Zoho did not answer is tried again on the next check; a decoded value stays for the session.
      void session.then((s) => {
        if (s.notice === 'unreadable') session = null;
      });
    }
    return session;
  };
  const contextOf = (module: string, alsoSearch: readonly string[]) => {
    let pending = contexts.get(module);
    if (!pending) {
      pending = loadCheckContext(client, module, alsoSearch);
      contexts.set(module, pending);
      // A failed read is asked again on retry, not remembered.
      void pending.then((r) => r.ok || contexts.delete(module));
    }
    return pending;
  };

  const rulesOf = async (module: string) => {
    const { settings, notice } = await settingsOf();
    const rules = moduleSettings(settings, module);
    return { rules, policy: { off: !rules.enabled, onSave: rules.onSave, notice } };
  };

  const check: Checker = async ({ module, values, excludeId, fresh = false }, signal) => {
    const { rules, policy } = await rulesOf(module);
    if (policy.off) return ok({ matches: [], modules: [], policy });
    const context = await contextOf(module, rules.alsoSearch);
    // The rules were read: a failure from here on still says whether the admin blocks saving.
    if (!context.ok) return err({ ...context.error, policy });
    const { targets, scope, labels, convertedBlock, searchable } = context.value;
    const config = configFromRules(rules.fields, rules.calibration);
    const cache = recallSearches(memory, now());
    const plan = planSearches({ module, values, targets, config, searchable, cache, fresh });
    const searches = plan.calls.flatMap((call) => (call.kind === 'search' ? [call] : []));
    const coql = plan.calls.flatMap((call) => (call.kind === 'coql' ? [call] : []));
    const [answers, read] = await Promise.all([
      Promise.all(
        searches.map(async (call) => {
          const page = await client.search(
            call.module,
            { type: 'criteria', criteria: call.criteria },
            { signal, converted: call.converted },
          );
          if (!page.ok) return page;
          memory = rememberSearch(memory, call, page.value, now());
          // More records than one page: short starts may have crowded out the closest ones, so the selective
          // conditions are asked once more on their own.
          const narrower = page.value.moreRecords ? selectiveCriteria(call.criteria) : null;
          if (!narrower) return ok(page.value.records);
          const again = await client.search(
            call.module,
            { type: 'criteria', criteria: narrower },
            { signal, converted: call.converted },
          );
          // The first page stands when the second ask fails (a 429, a timeout): it was an answer already.
          if (!again.ok) return again.error.kind === 'aborted' ? again : ok(page.value.records);
          return ok([...page.value.records, ...again.value.records]);
        }),
      ),
      readAllFresh(client, coql, { module, config, searchable }, signal),
      // The public nickname list loads while the searches are out, for checks that compare first names.
      comparesFirstNames(config, values) ? loadNicknameList() : null,
    ]);
    const found: CandidateRecord[] = [...plan.cached];
    for (const answer of answers) {
      if (!answer.ok) return err({ ...answer.error, policy });
      found.push(...answer.value);
    }
    const candidates = mergeFresh(found, read);
    const { thresholds } = rules;
    const scored = scoreCandidates(values, candidates, { module, scope, excludeId, thresholds, config });
    const matches = scored.flatMap((m) => {
      const kept = m.candidate.converted && !convertedBlock ? unblock(m, thresholds) : m;
      return kept ? [inCandidateFields(kept, module)] : [];
    });
    matches.sort(byCertainty);
    const compared = searchedFields(module, values, targets, config, searchable);
    return ok({ matches, modules: targets.map((t) => t.module), labels, policy, ...compared });
  };
  return Object.assign(check, {
    invalidate: () => {
      memory = EMPTY_MEMORY;
    },
    policy: (module: string) => rulesOf(module).then((r) => r.policy),
  });
};
