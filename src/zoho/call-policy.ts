import type { CallOptions } from './crm-client';
import type { CrmError } from './crm-error';
import { createRateGate, DEFAULT_RATE_WINDOW_MS, isRateLimited, type RateGate } from './rate-gate';
import { err, type Result } from './result';

type Handle = unknown;

/** Timing knobs; tests pass instant sleeps and fake timers. */
export type CallPolicy = {
  readonly timeoutMs: number;
  /** Extra attempts for a read that failed with 429, 5xx or a network error. Writes are never retried. */
  readonly retries: number;
  readonly backoffMs: (attempt: number) => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly setTimer: (fn: () => void, ms: number) => Handle;
  readonly clearTimer: (handle: Handle) => void;
  /** How long every call pauses after a 429 that names no reset time. */
  readonly rateWindowMs: number;
  readonly now: () => number;
};

/** A client's policy, with the pause its calls share after a 429. */
export type ClientPolicy = CallPolicy & { readonly gate: RateGate };

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        resolve();
      },
      { once: true },
    );
  });

export const DEFAULT_POLICY: CallPolicy = {
  timeoutMs: 5000,
  retries: 2,
  backoffMs: (attempt) => 250 * 2 ** attempt,
  sleep,
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  rateWindowMs: DEFAULT_RATE_WINDOW_MS,
  now: () => Date.now(),
};

/** One per client: its calls share one pause after a 429. */
export const policyOf = (overrides: Partial<CallPolicy> = {}): ClientPolicy => ({
  ...DEFAULT_POLICY,
  ...overrides,
  gate: createRateGate(),
});

type Attempt<T> = (signal: AbortSignal) => Promise<Result<T, CrmError>>;

const aborted = err<CrmError>({ kind: 'aborted' });

/** A rejection is the network's, unless it is a parse failure: then something did answer, just not JSON. */
const rejection = (e: unknown): CrmError => {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  return name === 'SyntaxError'
    ? { kind: 'invalid-response', issues: [String(e)] }
    : { kind: 'offline', message: String(e) };
};

/** One attempt raced against the timeout and the caller's signal; a rejection is a network failure. */
const once = <T>(policy: CallPolicy, opts: CallOptions, run: Attempt<T>): Promise<Result<T, CrmError>> =>
  new Promise((resolve) => {
    if (opts.signal?.aborted) return resolve(aborted);
    const ms = opts.timeoutMs ?? policy.timeoutMs;
    const inner = new AbortController();
    let done = false;
    const onAbort = () => finish(aborted);
    const timer = policy.setTimer(() => finish(err({ kind: 'timeout', ms })), ms);
    function finish(result: Result<T, CrmError>) {
      if (done) return;
      done = true;
      policy.clearTimer(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      inner.abort();
      resolve(result);
    }
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    Promise.resolve()
      .then(() => run(inner.signal))
      .then(finish, (e: unknown) => finish(err(rejection(e))));
  });

// A 429 is not retried: the whole client waits out Zoho's window instead (see rate-gate).
const retryable = (e: CrmError): boolean => e.kind === 'offline' || (e.kind === 'zoho' && e.status >= 500);

/**
 * Runs a call under the policy. Only reads retry: a blind retry of a write could create a record twice. After a
 * 429 every call of the client is answered locally until the window is over, so a storm costs no more calls.
 */
export const guarded = async <T>(
  policy: ClientPolicy,
  opts: CallOptions,
  kind: 'read' | 'write',
  run: Attempt<T>,
): Promise<Result<T, CrmError>> => {
  for (let attempt = 0; ; attempt++) {
    const refused = policy.gate.refusal(policy.now());
    if (refused) return err(refused);
    const result = await once(policy, opts, run);
    if (!result.ok && isRateLimited(result.error))
      return err(policy.gate.limited(policy.now(), result.error, policy.rateWindowMs));
    if (result.ok || kind === 'write' || attempt >= policy.retries || !retryable(result.error)) return result;
    await policy.sleep(policy.backoffMs(attempt), opts.signal);
    if (opts.signal?.aborted) return aborted;
  }
};
