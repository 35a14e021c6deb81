import { describe, expect, test, vi } from 'vitest';
import { fakeZoho } from './support/fake-zdk';

const EMAIL = 'ann.lee@zylker.example';
const existingId = '4876000000009';

const leadForm = (page: { module: string; record_id?: string } = { module: 'Leads' }, wholeForm = false) => {
  const zoho = fakeZoho(page, { wholeForm });
  Object.assign(zoho.fields, { Email: EMAIL, Last_Name: 'Lee', Company: 'Zylker' });
  return zoho;
};

describe('the Client Script on Save', () => {
  test('a form with nothing the check reads saves without a popup', () => {
    const { script, fields, seen } = leadForm();
    for (const key of Object.keys(fields)) delete fields[key];
    fields.Email = '  ';
    expect(script.onSave()).toBe(true);
    expect(seen.popups).toEqual([]);
  });

  test('a likely duplicate without an exact match still reaches the widget: every save with values asks it', () => {
    const { script, seen, fields, plain } = leadForm();
    Object.assign(fields, { Email: 'rob@elsewhere.example', First_Name: 'Rob', Last_Name: 'Smith' });
    script.onSave();
    expect(seen.popups).toHaveLength(1);
    expect(plain(seen.popups[0]?.data.values)).toMatchObject({ First_Name: 'Rob', Last_Name: 'Smith' });
  });

  test('the popup gets the form values, the mode and the script’s fallback rule', () => {
    const { script, seen, plain } = leadForm();
    script.onSave();
    expect(plain(seen.popups[0]?.data)).toEqual({
      source: 'client-script',
      module: 'Leads',
      values: { Email: EMAIL, Last_Name: 'Lee', Company: 'Zylker' },
      mode: 'save',
      onSave: 'warn',
    });
    expect(seen.popups[0]?.config).toMatchObject({
      api_name: 'duplicate_preview',
      type: 'widget',
      close_on_escape: true,
    });
  });

  test('with ZDK 1.5 every typed value rides along, not only the watched fields', () => {
    const { script, seen, fields, plain } = leadForm({ module: 'Leads' }, true);
    Object.assign(fields, { Designation: 'CTO', Lead_Source: '', Custom_Field__c: 'kept' });
    script.onSave();
    expect(plain(seen.popups[0]?.data.values)).toEqual({
      Email: EMAIL,
      Last_Name: 'Lee',
      Company: 'Zylker',
      Designation: 'CTO',
      Custom_Field__c: 'kept',
    });
  });

  test('the edit page tells the widget which record it is', () => {
    const { script, seen } = leadForm({ module: 'Leads', record_id: existingId });
    script.onSave();
    expect(seen.popups[0]?.data.recordId).toBe(existingId);
  });

  test('"cancel" from the widget cancels the save', () => {
    const { script, answers } = leadForm();
    answers.popup = () => ({ action: 'cancel' });
    expect(script.onSave()).toBe(false);
  });

  test('"updated-existing" cancels this save and goes to the updated record', () => {
    const { script, answers, seen, plain } = leadForm();
    answers.popup = () => ({ action: 'updated-existing', recordId: existingId });
    expect(script.onSave()).toBe(false);
    expect(plain(seen.navigations)).toEqual([
      { page: 'record_detail', params: { module: 'Leads', record_id: existingId } },
    ]);
  });

  test('"saved" means the widget saved the record with its note: the page does not save it twice', () => {
    const { script, answers, seen, plain } = leadForm();
    answers.popup = () => ({ action: 'saved', recordId: '4876000000123' });
    expect(script.onSave()).toBe(false);
    expect(plain(seen.navigations)).toEqual([
      { page: 'record_detail', params: { module: 'Leads', record_id: '4876000000123' } },
    ]);
  });

  test('"save" is trusted, since the widget offers it only when the settings allow; CONFIG.onSave rides along as its fallback', () => {
    const { script, answers, seen } = leadForm();
    answers.popup = () => ({ action: 'save' });
    expect(script.onSave()).toBe(true);
    script.config.onSave = 'block';
    expect(script.onSave()).toBe(true);
    expect(seen.popups.map((p) => p.data.onSave)).toEqual(['warn', 'block']);
  });

  test('a module the widget reports as switched off opens neither the popup nor the flyout again', () => {
    vi.useFakeTimers();
    try {
      const { script, answers, seen } = leadForm();
      answers.popup = () => ({ action: 'save', off: true });
      expect(script.onSave()).toBe(true);
      expect(script.onSave()).toBe(true);
      expect(seen.popups).toHaveLength(1);
      script.onChange('Email');
      vi.advanceTimersByTime(script.config.debounceMs);
      expect(seen.opened).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('the rep closing the popup cancels the save instead of failing', () => {
    const { script, answers } = leadForm();
    answers.popup = () => {
      throw new Error('Error: widget_closed');
    };
    expect(script.onSave()).toBe(false);
  });

  test.each([
    ['an Error whose message names it', new Error('Error: widget_closed')],
    ['a bare string', 'widget_closed'],
    [
      'an object whose code names it beside another message',
      { code: 'widget_closed', message: 'Popup closed' },
    ],
  ])('the rep closing the popup cancels the save when the error is %s', (_name, error) => {
    const { script, answers } = leadForm();
    answers.popup = () => {
      throw error;
    };
    expect(script.onSave()).toBe(false);
  });

  test('an error object that cannot be turned into a string never crashes the save', () => {
    const { script, answers } = leadForm();
    answers.popup = () => {
      throw Object.create(null);
    };
    expect(script.onSave()).toBe(true);
  });

  test('a popup that answers with a promise is followed to the same decision', async () => {
    const { script, answers } = leadForm();
    answers.popup = () => Promise.reject({ code: 'widget_closed' });
    await expect(script.onSave()).resolves.toBe(false);
    answers.popup = () => Promise.resolve({ action: 'save' });
    await expect(script.onSave()).resolves.toBe(true);
  });
});
