import { describe, expect, test } from 'vitest';
import { fakeZoho } from './support/fake-zdk';

const EMAIL = 'ann.lee@zylker.example';
const existing = { id: '4876000000009', Email: 'Ann.Lee@zylker.example', Last_Name: 'Lee' };

const leadForm = (page: { module: string; record_id?: string } = { module: 'Leads' }) => {
  const zoho = fakeZoho(page);
  Object.assign(zoho.fields, { Email: EMAIL, Last_Name: 'Lee', Company: 'Zylker' });
  zoho.answers.search = (module) => (module === 'Leads' ? [existing] : []);
  return zoho;
};

describe('the Client Script on Save', () => {
  test('no duplicate in Leads or among the Contacts the preference maps lets the save through without a popup', () => {
    const { script, seen, answers } = leadForm();
    answers.search = () => [];
    expect(script.onSave()).toBe(true);
    expect(seen.searches).toEqual([
      { module: 'Leads', criteria: `(Email:equals:${EMAIL})` },
      { module: 'Contacts', criteria: `(Email:equals:${EMAIL})` },
    ]);
    expect(seen.popups).toEqual([]);
  });

  test('a Lead whose email exists only as a Contact opens the popup, so the widget can say if Zoho refuses it', () => {
    const { script, seen, answers } = leadForm();
    answers.search = (module) => (module === 'Contacts' ? [{ ...existing, id: '4876000000077' }] : []);
    script.onSave();
    expect(seen.popups).toHaveLength(1);
  });

  test('the mapped search uses the Contact field each Lead field maps to', () => {
    const { script, seen, fields } = leadForm();
    script.config.mapped = { Leads: { Contacts: { Email: 'Secondary_Email' } } };
    fields.Email = 'x@y.example';
    seen.searches.length = 0;
    script.onSave();
    expect(seen.searches.at(-1)).toEqual({
      module: 'Contacts',
      criteria: '(Secondary_Email:equals:x@y.example)',
    });
  });

  test('a Contact never searches a mapped module of its own', () => {
    const { script, seen } = leadForm({ module: 'Contacts' });
    script.onSave();
    expect(seen.searches.map((s) => s.module)).toEqual(['Contacts']);
  });

  test('a form without a blocking value saves without searching', () => {
    const { script, fields, seen } = leadForm();
    fields.Email = '  ';
    expect(script.onSave()).toBe(true);
    expect(seen.searches).toEqual([]);
  });

  test('an existing record with the same email opens the widget as a popup with the form values', () => {
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

  test('a search hit that only contains the typed email is not a duplicate', () => {
    const { script, seen, answers } = leadForm();
    answers.search = () => [{ id: '1', Email: `x${EMAIL}` }];
    expect(script.onSave()).toBe(true);
    expect(seen.popups).toEqual([]);
  });

  test('the record being edited is never its own duplicate', () => {
    const { script, seen } = leadForm({ module: 'Leads', record_id: existing.id });
    expect(script.onSave()).toBe(true);
    expect(seen.popups).toEqual([]);
  });

  test('"cancel" from the widget cancels the save', () => {
    const { script, answers } = leadForm();
    answers.popup = () => ({ action: 'cancel' });
    expect(script.onSave()).toBe(false);
  });

  test('"updated-existing" cancels this save and goes to the updated record', () => {
    const { script, answers, seen, plain } = leadForm();
    answers.popup = () => ({ action: 'updated-existing', recordId: existing.id });
    expect(script.onSave()).toBe(false);
    expect(plain(seen.navigations)).toEqual([
      { page: 'record_detail', params: { module: 'Leads', record_id: existing.id } },
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

  test('a "clear" answer changes nothing about the save', () => {
    const { script, answers } = leadForm();
    answers.popup = () => ({ action: 'clear' });
    expect(script.onSave()).toBe(true);
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

  test('a failed search still asks the widget, telling it why', () => {
    const { script, answers, seen } = leadForm();
    answers.search = () => {
      throw new Error('TOO_MANY_REQUESTS');
    };
    answers.popup = () => ({ action: 'cancel' });
    expect(script.onSave()).toBe(false);
    expect(seen.popups[0]?.data.error).toContain('TOO_MANY_REQUESTS');
  });
});

describe('search criteria escaping', () => {
  test('parentheses and commas get a backslash and a trailing backslash is doubled', () => {
    const { script } = fakeZoho({ module: 'Leads' });
    expect(script.escapeCriteriaValue('a(b),c@x.com')).toBe('a\\(b\\)\\,c@x.com');
    expect(script.escapeCriteriaValue('end\\')).toBe('end\\\\');
  });

  test('two blocking fields are searched in one call joined by or', () => {
    const { script, fields, seen } = fakeZoho({ module: 'Leads' });
    script.config.blocking = { Leads: ['Email', 'Phone'] };
    Object.assign(fields, { Email: 'a(1)@x.com', Phone: '555' });
    script.onSave();
    expect(seen.searches[0]?.criteria).toBe('((Email:equals:a\\(1\\)@x.com)or(Phone:equals:555))');
  });
});
