import type { CallOptions } from './crm-client';
import type { CrmError } from './crm-error';
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
};

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
};

export const policyOf = (overrides: Partial<CallPolicy> = {}): CallPolicy => ({
  ...DEFAULT_POLICY,
  ...overrides,
});

type Attempt<T> = (signal: AbortSignal) => Promise<Result<T, CrmError>>;

const aborted = err<CrmError>({ kind: 'aborted' });

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
      .then(finish, (e: unknown) => finish(err({ kind: 'offline', message: String(e) })));
  });

const retryable = (e: CrmError): boolean =>
  e.kind === 'offline' || (e.kind === 'zoho' && (e.status === 429 || e.status >= 500));

/** Runs a call under the policy. Only reads retry: a blind retry of a write could create a record twice. */
export const guarded = async <T>(
  policy: CallPolicy,
  opts: CallOptions,
  kind: 'read' | 'write',
  run: Attempt<T>,
): Promise<Result<T, CrmError>> => {
  for (let attempt = 0; ; attempt++) {
    const result = await once(policy, opts, run);
    if (result.ok || kind === 'write' || attempt >= policy.retries || !retryable(result.error)) return result;
    await policy.sleep(policy.backoffMs(attempt), opts.signal);
    if (opts.signal?.aborted) return aborted;
  }
};
