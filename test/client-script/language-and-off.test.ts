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
  test('the flyout closes and neither it nor the save popup opens again on this page', () => {
    const zoho = typed();
    zoho.answers.notify = () => ({ received: true, off: true });
    typeAgain(zoho, '555 0100');
    expect(zoho.seen.flyoutsClosed).toBe(1);
    typeAgain(zoho, '555 0199');
    expect(zoho.seen.notified).toHaveLength(1);
    expect(zoho.seen.opened).toHaveLength(1);
    expect(zoho.script.onSave()).toBe(true);
    expect(zoho.seen.popups).toEqual([]);
  });

  test('an answer that comes as a promise is followed the same way', async () => {
    const zoho = typed();
    zoho.answers.notify = () => Promise.resolve({ received: true, off: true });
    typeAgain(zoho, '555 0100');
    await vi.waitFor(() => expect(zoho.seen.flyoutsClosed).toBe(1));
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
    expect(seen.notified).toEqual([]);
  });
});
