import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeZoho } from './support/fake-zdk';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the Client Script while the rep types', () => {
  test('a change of Email opens the flyout with the form values once the debounce has passed', () => {
    const { script, fields, seen, plain } = fakeZoho({ module: 'Leads' });
    Object.assign(fields, { Email: 'ann@zylker.example', Last_Name: 'Lee', Description: 'not read' });
    script.onChange('Email');
    expect(seen.opened).toEqual([]);
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(seen.flyoutsCreated).toEqual(['duplicate_preview_flyout']);
    expect(plain(seen.opened)).toEqual([
      {
        target: { api_name: 'duplicate_preview', type: 'widget' },
        data: {
          source: 'client-script',
          module: 'Leads',
          values: { Email: 'ann@zylker.example', Last_Name: 'Lee' },
          mode: 'flyout',
        },
      },
    ]);
  });

  test('a burst of keystrokes makes one check with the last values', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Leads' });
    for (const typed of ['a', 'an', 'ann', 'ann@']) {
      fields.Email = typed;
      script.onChange('Email');
      vi.advanceTimersByTime(script.config.debounceMs - 1);
    }
    vi.advanceTimersByTime(1);
    expect(seen.opened.map((o) => o.data.values)).toEqual([{ Email: 'ann@' }]);
  });

  test('later changes update the open flyout instead of opening another', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Contacts' });
    fields.Email = 'ann@zylker.example';
    script.onChange('Email');
    vi.advanceTimersByTime(script.config.debounceMs);
    fields.Phone = '555 0100';
    script.onChange('Phone');
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(seen.opened).toHaveLength(1);
    expect(seen.flyoutsCreated).toHaveLength(1);
    // The first notify follows the opening (it asks whether the module is off); the second carries the change.
    expect(seen.notified.map((d) => d.values)).toEqual([
      { Email: 'ann@zylker.example' },
      { Email: 'ann@zylker.example', Phone: '555 0100' },
    ]);
  });

  test('a change that leaves the values as they were sends nothing again', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Leads' });
    fields.Email = 'ann@zylker.example';
    script.onChange('Email');
    vi.advanceTimersByTime(script.config.debounceMs);
    script.onChange('Email');
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(seen.opened).toHaveLength(1);
    expect(seen.notified.map((d) => d.values)).toEqual([{ Email: 'ann@zylker.example' }]);
  });

  test('a field that plays no part in matching does not start a check', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Leads' });
    fields.Description = 'met at the fair';
    script.onChange('Description');
    vi.advanceTimersByTime(script.config.debounceMs * 2);
    expect(seen.opened).toEqual([]);
  });

  test('on the edit page the flyout is told which record is being edited', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Leads', record_id: '4876000000001' });
    fields.Email = 'ann@zylker.example';
    script.onChange('Email');
    vi.advanceTimersByTime(script.config.debounceMs);
    expect(seen.opened[0]?.data.recordId).toBe('4876000000001');
  });

  test('a flyout the rep closed stays closed at the next changes of this page', () => {
    const { script, fields, seen, answers } = fakeZoho({ module: 'Leads' });
    fields.Email = 'ann@zylker.example';
    script.onChange('Email');
    vi.advanceTimersByTime(script.config.debounceMs);
    // Zoho's × closed it: telling it new values fails from now on.
    answers.notify = () => {
      throw new Error('flyout is not open');
    };
    for (const phone of ['555', '555 0100']) {
      fields.Phone = phone;
      script.onChange('Phone');
      vi.advanceTimersByTime(script.config.debounceMs);
    }
    expect(seen.opened.map((o) => o.data.values)).toEqual([{ Email: 'ann@zylker.example' }]);
    expect(seen.notified.map((n) => n.values)).toEqual([
      { Email: 'ann@zylker.example' },
      { Email: 'ann@zylker.example', Phone: '555' },
    ]);
    expect(seen.flyoutsCreated).toHaveLength(1);
  });

  test('the save check still asks the widget after the rep closed the flyout', async () => {
    const { script, fields, seen, answers } = fakeZoho({ module: 'Leads' });
    fields.Email = 'ann@zylker.example';
    script.onChange('Email');
    vi.advanceTimersByTime(script.config.debounceMs);
    answers.notify = () => {
      throw new Error('flyout is not open');
    };
    fields.Phone = '555';
    script.onChange('Phone');
    vi.advanceTimersByTime(script.config.debounceMs);
    answers.popup = () => ({ action: 'cancel' });
    expect(await script.onSave()).toBe(false);
    expect(seen.popups.map((p) => p.data.values)).toEqual([{ Email: 'ann@zylker.example', Phone: '555' }]);
  });
});
