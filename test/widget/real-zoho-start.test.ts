import { describe, expect, it } from 'vitest';
import { withFormValues } from '../../src/widget/edit-page-values';
import { asEnvelope, unwrapNotify } from '../../src/widget/notify-envelope';
import { toStartData } from '../../src/widget/start-data';
import { apiDomainOf, dataCentreOfHost, pickDataCentre } from '../../src/zoho/data-centre';

const script = { source: 'client-script', module: 'Leads', values: { Email: 'a@b.example' }, mode: 'flyout' };

describe('what Zoho hands the widget in a real org', () => {
  it('unwraps a Notify that arrives as {id, data} and takes one that arrives plain', () => {
    expect(unwrapNotify({ id: 'req-1', data: script })).toEqual(script);
    expect(unwrapNotify(script)).toEqual(script);
    expect(toStartData(unwrapNotify({ id: 7, data: script }))?.values).toEqual({ Email: 'a@b.example' });
  });

  it('never mistakes start data that happens to have an id and data for an envelope', () => {
    expect(asEnvelope({ id: '1', data: {}, Entity: 'Leads' })).toBeNull();
    expect(asEnvelope({ data: script })).toBeNull();
    expect(asEnvelope({ id: 'req-2', data: null })).toEqual({ id: 'req-2', data: null });
    expect(asEnvelope({ uuid: '0deec96f', data: script })).toEqual({ id: '0deec96f', data: script });
  });

  it('fills an edit-page PageLoad without Data from ZDK.Page.getForm().getValues(), answered at once or later', async () => {
    const load = { Entity: 'Leads', EntityId: ['42'] };
    const values = { Email: 'typed@b.example', Last_Name: 'Lee' };
    const now = { Page: { getForm: () => ({ getValues: () => values }) } };
    const later = { Page: { getForm: () => ({ getValues: () => Promise.resolve(values) }) } };
    for (const zdk of [now, later]) {
      const start = toStartData(await withFormValues(load, zdk));
      expect(start).toMatchObject({ placement: 'button', recordId: '42', values });
    }
  });

  it('keeps an edit-page PageLoad as the saved record when ZDK has no form, or its form throws', async () => {
    const load = { Entity: 'Leads', EntityId: '42' };
    const throwing = {
      Page: {
        getForm: () => {
          throw new Error('not a form page');
        },
      },
    };
    for (const zdk of [null, {}, throwing]) {
      expect(toStartData(await withFormValues(load, zdk))?.placement).toBe('record');
    }
  });

  it('reads the data centre from serviceOrigin first and GetCurrentEnvironment next, never from another host', () => {
    expect(dataCentreOfHost('https://crm.zoho.eu')).toBe('eu');
    expect(dataCentreOfHost('https://crm.zoho.com.au')).toBe('com.au');
    expect(dataCentreOfHost('http://127.0.0.1:5173')).toBeNull();
    expect(dataCentreOfHost('https://notzoho.eu')).toBeNull();
    expect(pickDataCentre('https://crm.zoho.in', 'EU')).toBe('in');
    expect(pickDataCentre('http://127.0.0.1:5173', 'EU')).toBe('eu');
    expect(pickDataCentre(null, 'MARS')).toBeNull();
    expect(apiDomainOf('eu')).toBe('https://www.zohoapis.eu');
  });
});
