/**
 * How long a NotifyAndWait answer waits to learn whether the module's checks are off. A waiting Client Script
 * hangs until it is answered (lib/ZDK.js sendResponse), so past this it only acknowledges.
 */
export const NOTIFY_WAIT_MS = 5_000;

export type NotifyAnswer = { readonly received: true; readonly off?: true };

const RECEIVED: NotifyAnswer = { received: true };
const OFF: NotifyAnswer = { received: true, off: true };

export type NotifyAnswers = {
  /**
   * Answers request `id` once `offOf(module)` says whether the admin switched the module's checks off, or with a
   * plain acknowledgement after `waitMs`, whichever comes first: never twice, never not at all.
   */
  readonly answer: (id: string | number, module: string | null) => void;
  /** Answers every request still waiting about `module` with off, now: before the flyout closes itself. */
  readonly answerOff: (module: string) => void;
};

export const createNotifyAnswers = ({
  offOf,
  send,
  waitMs = NOTIFY_WAIT_MS,
}: {
  /** Whether the module's checks are off; may never settle (the SDK never connected). */
  readonly offOf: (module: string) => Promise<boolean>;
  readonly send: (id: string | number, answer: NotifyAnswer) => void;
  readonly waitMs?: number;
}): NotifyAnswers => {
  const waiting = new Map<string | number, { readonly module: string; readonly timer: unknown }>();
  const settle = (id: string | number, answer: NotifyAnswer) => {
    const entry = waiting.get(id);
    if (!entry) return;
    waiting.delete(id);
    clearTimeout(entry.timer as ReturnType<typeof setTimeout>);
    send(id, answer);
  };
  return {
    answer: (id, module) => {
      if (module === null) return send(id, RECEIVED);
      // The same request delivered twice is answered once.
      if (waiting.has(id)) return;
      waiting.set(id, { module, timer: setTimeout(() => settle(id, RECEIVED), waitMs) });
      offOf(module).then(
        (off) => settle(id, off ? OFF : RECEIVED),
        () => settle(id, RECEIVED),
      );
    },
    answerOff: (module) => {
      for (const [id, entry] of [...waiting]) if (entry.module === module) settle(id, OFF);
    },
  };
};
