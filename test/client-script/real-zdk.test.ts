import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeZoho } from './support/fake-zdk';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const EMAIL = 'ann.lee@zylker.example';

describe('the Client Script against ZDK as real orgs have it', () => {
  test('a layout without Company still opens the flyout with the fields it has', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Contacts' }, { layout: ['Email', 'Last_Name'] });
    Object.assign(fields, { Email: EMAIL, Last_Name: 'Lee' });
    expect(() => script.onChange('Email')).not.toThrow();
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(seen.opened.map((o) => o.data.values)).toEqual([{ Email: EMAIL, Last_Name: 'Lee' }]);
  });

  test('a save on a layout missing a watched field still opens the popup with what the layout has', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Contacts' }, { layout: ['Email'] });
    fields.Email = EMAIL;
    script.onSave();
    expect(seen.popups).toHaveLength(1);
    expect(seen.popups[0]?.data.values).toEqual({ Email: EMAIL });
  });

  test('a page where every getField throws neither blocks typing nor saving', () => {
    const { script, seen } = fakeZoho({ module: 'Leads' }, { layout: [] });
    expect(() => script.onChange('Email')).not.toThrow();
    expect(() => vi.advanceTimersByTime(script.config.debounceMs)).not.toThrow();
    expect(script.onSave()).toBe(true);
    expect(seen.popups).toEqual([]);
  });

  test('a flyout Zoho refuses to open never gets in the way of typing, and the save check still runs', () => {
    const { script, fields, seen, answers } = fakeZoho({ module: 'Leads' });
    fields.Email = EMAIL;
    answers.search = () => [{ id: '1', Email: EMAIL }];
    answers.open = () => {
      throw new Error('flyout refused');
    };
    script.onChange('Email');
    expect(() => vi.advanceTimersByTime(script.config.debounceMs)).not.toThrow();
    expect(seen.opened).toEqual([]);
    expect(script.onSave()).toBe(true);
    expect(seen.popups).toHaveLength(1);
  });

  test('a popup Zoho refuses to open lets the save go ahead, as Zoho still guards its unique fields', () => {
    const { script, fields, answers } = fakeZoho({ module: 'Leads' });
    fields.Email = EMAIL;
    answers.search = () => [{ id: '1', Email: EMAIL }];
    answers.popup = () => {
      throw new Error('popup refused');
    };
    expect(script.onSave()).toBe(true);
  });

  test('the flyout is looked up before it is created, so a second page run never creates it twice', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Leads' }, { globals: 'fresh' });
    fields.Email = EMAIL;
    script.onChange('Email');
    vi.advanceTimersByTime(script.config.debounceMs);
    fields.Phone = '555 0100';
    script.onChange('Phone');
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(seen.flyoutsCreated).toEqual(['duplicate_preview_flyout']);
    expect(seen.opened).toHaveLength(1);
    expect(seen.notified.map((d) => d.values)).toEqual([
      { Email: EMAIL },
      { Email: EMAIL, Phone: '555 0100' },
    ]);
  });

  test('when no global survives between events, a burst of keystrokes sends only the last values', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Leads' }, { globals: 'fresh' });
    for (const typed of ['a', 'an', 'ann', 'ann@']) {
      fields.Email = typed;
      script.onChange('Email');
    }
    vi.advanceTimersByTime(script.config.debounceMs);
    const sent = [...seen.opened.map((o) => o.data.values), ...seen.notified.map((d) => d.values)];
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((values) => values.Email === 'ann@')).toBe(true);
  });
});
