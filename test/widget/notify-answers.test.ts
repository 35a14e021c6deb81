import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createNotifyAnswers, NOTIFY_WAIT_MS, type NotifyAnswer } from '../../src/widget/notify-answers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Answers whose settings read the test settles by hand, recording what the Client Script is sent. */
const setup = () => {
  const sent: { id: string | number; answer: NotifyAnswer }[] = [];
  const reads: { module: string; settle: (off: boolean) => void; fail: () => void }[] = [];
  const answers = createNotifyAnswers({
    offOf: (module) =>
      new Promise<boolean>((resolve, reject) => {
        reads.push({ module, settle: resolve, fail: () => reject(new Error('no answer')) });
      }),
    send: (id, answer) => sent.push({ id, answer }),
  });
  return { answers, sent, reads };
};

describe("the widget's answer to a Client Script's NotifyAndWait", () => {
  test('waits until the settings say the module is off, then answers off', async () => {
    const { answers, sent, reads } = setup();
    answers.answer('wait-1', 'Leads');
    await vi.advanceTimersByTimeAsync(NOTIFY_WAIT_MS / 2);
    expect(sent).toEqual([]);
    reads[0]?.settle(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ id: 'wait-1', answer: { received: true, off: true } }]);
    await vi.advanceTimersByTimeAsync(NOTIFY_WAIT_MS);
    expect(sent).toHaveLength(1);
  });

  test('a module that is on gets a plain acknowledgement as soon as that is known', async () => {
    const { answers, sent, reads } = setup();
    answers.answer(7, 'Contacts');
    reads[0]?.settle(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ id: 7, answer: { received: true } }]);
  });

  test('settings that never come leave the script waiting no longer than the bound, then acknowledge', async () => {
    const { answers, sent } = setup();
    answers.answer('wait-1', 'Leads');
    await vi.advanceTimersByTimeAsync(NOTIFY_WAIT_MS - 1);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ id: 'wait-1', answer: { received: true } }]);
  });

  test('a read that fails, or a notify that names no module, is acknowledged without waiting for the bound', async () => {
    const { answers, sent, reads } = setup();
    answers.answer('wait-1', 'Leads');
    reads[0]?.fail();
    answers.answer('wait-2', null);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([
      { id: 'wait-2', answer: { received: true } },
      { id: 'wait-1', answer: { received: true } },
    ]);
  });

  test('before the flyout closes itself, every request still waiting about the module is answered off at once', async () => {
    const { answers, sent, reads } = setup();
    answers.answer('wait-1', 'Leads');
    answers.answer('wait-2', 'Contacts');
    answers.answerOff('Leads');
    expect(sent).toEqual([{ id: 'wait-1', answer: { received: true, off: true } }]);
    // The read that comes later answers no one twice.
    for (const read of reads) read.settle(false);
    await vi.advanceTimersByTimeAsync(NOTIFY_WAIT_MS);
    expect(sent).toEqual([
      { id: 'wait-1', answer: { received: true, off: true } },
      { id: 'wait-2', answer: { received: true } },
    ]);
  });

  test('the same request delivered twice is answered once', async () => {
    const { answers, sent, reads } = setup();
    answers.answer('wait-1', 'Leads');
    answers.answer('wait-1', 'Leads');
    for (const read of reads) read.settle(true);
    await vi.advanceTimersByTimeAsync(NOTIFY_WAIT_MS);
    expect(sent).toEqual([{ id: 'wait-1', answer: { received: true, off: true } }]);
  });
});
