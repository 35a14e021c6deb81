import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SEARCH_LIFETIME_MS } from '../../dedupe/cache-lifetime';
import type { Match } from '../../dedupe/types';
import type { CrmError } from '../../zoho/crm-error';
import type { CheckAnswer, Checker, CheckRequest, Policy } from '../check/types';

export type CheckState =
  | { readonly status: 'idle' }
  | { readonly status: 'checking' }
  | {
      readonly status: 'found';
      readonly matches: readonly Match[];
      readonly modules: readonly string[];
      readonly labels: Readonly<Record<string, string>>;
      readonly policy: Policy;
      /** A newer check is under way: these results stay in view until it answers. */
      readonly rechecking?: boolean;
    }
  | {
      readonly status: 'clear';
      readonly modules: readonly string[];
      readonly policy: Policy;
      /** Module -> the form fields its search compared; absent when the checker does not say. */
      readonly searched?: Readonly<Record<string, readonly string[]>>;
      /** Filled form fields that matching looks at but no module could be searched by. */
      readonly unchecked?: readonly string[];
      readonly labels?: Readonly<Record<string, string>>;
      readonly rechecking?: boolean;
    }
  /** The admin switched duplicate checks off for `module`. */
  | { readonly status: 'off'; readonly module: string; readonly policy: Policy }
  /** `policy`: the admin's rules as the last answered check knew them; absent when no check has answered. */
  | { readonly status: 'error'; readonly error: CrmError; readonly policy?: Policy };

const IDLE: CheckState = { status: 'idle' };

const pauseOf = (error: CrmError): number | undefined =>
  error.kind === 'zoho' && error.retryAfterMs !== undefined ? error.retryAfterMs : undefined;

/** What applies when a checker says nothing about settings: the defaults, quietly. */
export const DEFAULT_POLICY: Policy = { off: false, onSave: 'warn', notice: null };

const filled = (request: CheckRequest): boolean =>
  Object.values(request.values).some((v) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0));

/** Same module, record and values give the same key, whatever order the fields came in. */
export const checkKey = (request: CheckRequest): string =>
  JSON.stringify([
    request.module,
    request.excludeId,
    Object.entries(request.values).sort(([a], [b]) => (a < b ? -1 : 1)),
    // A Save check also reads the database, so a preview's answer never stands in for it.
    ...(request.fresh ? ['fresh'] : []),
  ]);

const stateOf = (answer: CheckAnswer, { module, excludeId }: CheckRequest): CheckState => {
  const policy = answer.policy ?? DEFAULT_POLICY;
  if (policy.off) return { status: 'off', module, policy };
  // The checker already leaves the edited or shown record out; this keeps it out whatever a checker does.
  const matches = answer.matches.filter(
    (m) => !(m.candidate.id === excludeId && m.candidate.module === module),
  );
  return matches.length > 0
    ? {
        status: 'found',
        matches,
        modules: answer.modules,
        labels: answer.labels ?? {},
        policy,
      }
    : {
        status: 'clear',
        modules: answer.modules,
        policy,
        ...(answer.searched ? { searched: answer.searched } : {}),
        ...(answer.unchecked ? { unchecked: answer.unchecked } : {}),
        ...(answer.labels ? { labels: answer.labels } : {}),
      };
};

/** The session's answers by checkKey, each with the time (ms) it arrived; emptied after every write. */
export type CheckCache = Map<string, { readonly answer: CheckAnswer; readonly at: number }>;

/** While a newer check runs, results already shown stay in view, marked as being checked again. */
const pending = (shown: CheckState): CheckState =>
  shown.status === 'found' || shown.status === 'clear'
    ? { ...shown, rechecking: true }
    : { status: 'checking' };

/**
 * Checks `request` for duplicates. Identical requests are answered from `cache` for as long as a search answer
 * stands (SEARCH_LIFETIME_MS); a superseded answer is dropped; "checking" shows only after `delayMs`, so a quick
 * answer never flickers, and never replaces results in view.
 */
export const useDuplicateCheck = (
  check: Checker,
  request: CheckRequest | null,
  cache: CheckCache,
  delayMs = 150,
): { readonly state: CheckState; readonly retry: () => void } => {
  const [state, setState] = useState<CheckState>(IDLE);
  const [attempt, setAttempt] = useState(0);
  const known = useRef<Policy | null>(null);
  const key = useMemo(() => (request && filled(request) ? checkKey(request) : null), [request]);

  // `key` stands for `request`, so equal values never start a second check; `attempt` re-runs on retry.
  useEffect(() => {
    if (!request || key === null) return setState(IDLE);
    const cached = cache.get(key);
    if (cached && Date.now() - cached.at < SEARCH_LIFETIME_MS)
      return setState(stateOf(cached.answer, request));
    cache.delete(key);
    const controller = new AbortController();
    const timer = setTimeout(() => setState(pending), delayMs);
    let resume: ReturnType<typeof setTimeout> | undefined;
    check(request, controller.signal)
      .catch(
        (e: unknown): Awaited<ReturnType<Checker>> => ({
          ok: false,
          error: { kind: 'invalid-response', issues: [String(e)] },
        }),
      )
      .then((result) => {
        if (controller.signal.aborted) return;
        clearTimeout(timer);
        if (result.ok) cache.set(key, { answer: result.value, at: Date.now() });
        if (result.ok && result.value.policy) known.current = result.value.policy;
        const policy = (result.ok ? null : result.error.policy) ?? known.current;
        setState(
          result.ok
            ? stateOf(result.value, request)
            : { status: 'error', error: result.error, ...(policy ? { policy } : {}) },
        );
        // Zoho asked for a pause (429): the check runs again by itself once it is over.
        const pause = result.ok ? undefined : pauseOf(result.error);
        if (pause !== undefined) resume = setTimeout(() => setAttempt((n) => n + 1), pause);
      });
    return () => {
      controller.abort();
      clearTimeout(timer);
      clearTimeout(resume);
    };
  }, [key, attempt, check, cache, delayMs]);

  return { state, retry: () => setAttempt((n) => n + 1) };
};
