import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type FakeOptions, fakeZoho } from './support/fake-zdk';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const typed = (options: FakeOptions = {}) => {
  const zoho = fakeZoho({ module: 'Leads' }, options);
  zoho.fields.Email = 'ann@zylker.example';
  zoho.script.onChange('Email');
  vi.advanceTimersByTime(zoho.script.config.debounceMs);
  return zoho;
};

const typeAgain = (zoho: ReturnType<typeof typed>, phone: string) => {
  zoho.fields.Phone = phone;
  zoho.script.onChange('Phone');
  vi.advanceTimersByTime(zoho.script.config.debounceMs);
};

describe("the Client Script's titles follow the language the user chose in Zoho", () => {
  test('a German user gets German flyout and popup titles', () => {
    const { script, seen } = typed({ user: { id: 'u1', language: 'de_DE' } });
    script.onSave();
    expect(seen.flyoutHeaders).toEqual(['Mögliche Dubletten']);
    expect(seen.popups.map((p) => p.config.header)).toEqual(['Dieser Datensatz existiert vielleicht schon']);
  });

  test('a language the widget does not ship, or no $Crm at all, reads English', () => {
    const french = typed({ user: { id: 'u1', language: 'fr_FR' } });
    expect(french.seen.flyoutHeaders).toEqual(['Possible duplicates']);
    const none = typed();
    none.script.onSave();
    expect(none.seen.flyoutHeaders).toEqual(['Possible duplicates']);
    expect(none.seen.popups.map((p) => p.config.header)).toEqual(['This record may already exist']);
  });

  test('the locale stands in when Zoho gives no language', () => {
    const { seen } = typed({ user: { id: 'u1', locale: 'de_AT' } });
    expect(seen.flyoutHeaders).toEqual(['Mögliche Dubletten']);
  });
});

describe('off means off: the widget answers a notify with the module switched off', () => {
  test('right after the first opening, the same data goes once more as a NotifyAndWait', () => {
    const zoho = typed();
    expect(zoho.plain(zoho.seen.opened.map((o) => o.data))).toEqual(zoho.plain(zoho.seen.notified));
    expect(zoho.plain(zoho.seen.notifyOptions)).toEqual([{ wait: true }]);
  });

  test('off learned from the answer to that notify: the flyout closes, and Save opens no popup', () => {
    const zoho = fakeZoho({ module: 'Leads' });
    zoho.answers.notify = () => ({ received: true, off: true });
    zoho.fields.Email = 'ann@zylker.example';
    zoho.script.onChange('Email');
    vi.advanceTimersByTime(zoho.script.config.debounceMs);
    expect(zoho.seen.opened).toHaveLength(1);
    expect(zoho.seen.flyoutsClosed).toBe(1);
    typeAgain(zoho, '555 0100');
    expect(zoho.seen.notified).toHaveLength(1);
    expect(zoho.seen.opened).toHaveLength(1);
    expect(zoho.script.onSave()).toBe(true);
    expect(zoho.seen.popups).toEqual([]);
  });

  test('an answer that comes later, as a promise, is followed the same way', async () => {
    const zoho = fakeZoho({ module: 'Leads' });
    let answer: (value: unknown) => void = () => {};
    zoho.answers.notify = () => new Promise((resolve) => (answer = resolve));
    zoho.fields.Email = 'ann@zylker.example';
    zoho.script.onChange('Email');
    vi.advanceTimersByTime(zoho.script.config.debounceMs);
    answer({ received: true, off: true });
    await vi.waitFor(() => expect(zoho.seen.flyoutsClosed).toBe(1));
    expect(zoho.script.onSave()).toBe(true);
    expect(zoho.seen.popups).toEqual([]);
  });

  test('off wins when the flyout closed itself and a change found it closed before the answer came', async () => {
    const zoho = fakeZoho({ module: 'Leads' });
    let answer: (value: unknown) => void = () => {};
    zoho.answers.notify = () => new Promise((resolve) => (answer = resolve));
    zoho.fields.Email = 'ann@zylker.example';
    zoho.script.onChange('Email');
    vi.advanceTimersByTime(zoho.script.config.debounceMs);
    // The widget closed itself (ZDK.Client.closeSelf): telling the flyout new values fails from now on.
    zoho.answers.notify = () => {
      throw new Error('flyout is not open');
    };
    typeAgain(zoho, '555 0100');
    answer({ received: true, off: true });
    await vi.waitFor(() => expect(zoho.seen.flyoutsClosed).toBe(1));
    expect(zoho.script.onSave()).toBe(true);
    expect(zoho.seen.popups).toEqual([]);
  });

  test('a widget that never answers blocks nothing: typing goes on, and Save still asks', async () => {
    const zoho = fakeZoho({ module: 'Leads' });
    zoho.answers.notify = () => new Promise(() => {});
    zoho.answers.popup = () => ({ action: 'cancel' });
    zoho.fields.Email = 'ann@zylker.example';
    zoho.script.onChange('Email');
    vi.advanceTimersByTime(zoho.script.config.debounceMs);
    typeAgain(zoho, '555 0100');
    expect(zoho.seen.notified.map((d) => d.values)).toEqual([
      { Email: 'ann@zylker.example' },
      { Email: 'ann@zylker.example', Phone: '555 0100' },
    ]);
    expect(zoho.seen.flyoutsClosed).toBe(0);
    expect(await zoho.script.onSave()).toBe(false);
    expect(zoho.seen.popups).toHaveLength(1);
  });

  test('a notify refused right after opening is not taken for the rep closing the flyout', () => {
    const zoho = fakeZoho({ module: 'Leads' });
    zoho.answers.notify = () => {
      throw new Error('not ready');
    };
    zoho.fields.Email = 'ann@zylker.example';
    zoho.script.onChange('Email');
    vi.advanceTimersByTime(zoho.script.config.debounceMs);
    zoho.answers.notify = () => ({ received: true });
    typeAgain(zoho, '555 0100');
    expect(zoho.seen.notified).toHaveLength(2);
    expect(zoho.seen.opened).toHaveLength(1);
  });

  test('a later answer saying off closes the flyout too', () => {
    const zoho = typed();
    zoho.answers.notify = () => ({ received: true, off: true });
    typeAgain(zoho, '555 0100');
    expect(zoho.seen.flyoutsClosed).toBe(1);
    typeAgain(zoho, '555 0199');
    expect(zoho.seen.notified).toHaveLength(2);
    expect(zoho.script.onSave()).toBe(true);
    expect(zoho.seen.popups).toEqual([]);
  });

  test('a plain acknowledgement keeps the flyout and the save check', () => {
    const zoho = typed();
    zoho.answers.notify = () => ({ received: true });
    typeAgain(zoho, '555 0100');
    expect(zoho.seen.flyoutsClosed).toBe(0);
    zoho.script.onSave();
    expect(zoho.seen.popups).toHaveLength(1);
  });
});

describe('one page-level onChange script per page', () => {
  test('a page event that names no field checks the form, once per change of what was typed', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Accounts' });
    fields.Account_Name = 'Acme Inc';
    script.onChange();
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(seen.opened.map((o) => o.data.values)).toEqual([{ Account_Name: 'Acme Inc' }]);
    script.onChange();
    vi.advanceTimersByTime(script.config.debounceMs);
    // Only the NotifyAndWait that follows the opening: the unchanged values are not sent again.
    expect(seen.notified.map((d) => d.values)).toEqual([{ Account_Name: 'Acme Inc' }]);
  });
});
