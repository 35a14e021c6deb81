import { describe, expect, it } from 'vitest';
import type { FromHost, ToHost } from '../../src/sandbox/shim/messages';
import { createZohoShim } from '../../src/sandbox/shim/zoho-shim';
import { freshSandbox, sandboxFetch } from '../zoho/contract/adapters';
import { validatingFetch } from './support/oas-auto';

const setup = () => {
  const sent: ToHost[] = [];
  let deliver: (m: FromHost) => void = () => {};
  const sandbox = freshSandbox();
  const zoho = createZohoShim({
    fetch: validatingFetch(sandboxFetch(sandbox)),
    baseUrl: 'http://sandbox.test',
    token: 'sandbox-admin',
    host: {
      send: (m) => void sent.push(m),
      listen: (fn) => {
        deliver = fn;
      },
    },
  });
  return { zoho, sent, deliver: (m: FromHost) => deliver(m), sandbox };
};

describe('the window.ZOHO shim', () => {
  it('asks the host for PageLoad on init and hands its data to the last PageLoad handler only', async () => {
    const { zoho, sent, deliver } = setup();
    const first: unknown[] = [];
    const second: unknown[] = [];
    zoho.embeddedApp.on('PageLoad', (d) => first.push(d));
    zoho.embeddedApp.on('PageLoad', (d) => second.push(d));
    const ready = zoho.embeddedApp.init();
    expect(sent).toEqual([{ type: 'zdp:init' }]);
    deliver({ type: 'zdp:pageload', data: { Entity: 'Leads', EntityId: ['1'] } });
    await ready;
    expect(first).toEqual([]);
    expect(second).toEqual([{ Entity: 'Leads', EntityId: ['1'] }]);
  });

  it('fires Notify handlers for flyout messages', () => {
    const { zoho, deliver } = setup();
    const got: unknown[] = [];
    zoho.embeddedApp.on('Notify', (d) => got.push(d));
    deliver({ type: 'zdp:notify', data: { values: { Email: 'x' } } });
    expect(got).toEqual([{ values: { Email: 'x' } }]);
  });

  it('posts resize, populate, popup close and $Client.close to the host', async () => {
    const { zoho, sent } = setup();
    await zoho.CRM.UI.Resize({ height: 300, width: 400 });
    await zoho.CRM.UI.Record.populate({ Email: 'a@b.c' });
    await zoho.CRM.UI.Popup.close();
    zoho.$Client.close({ action: 'save' });
    expect(sent).toEqual([
      { type: 'zdp:resize', height: 300, width: 400 },
      { type: 'zdp:populate', values: { Email: 'a@b.c' } },
      { type: 'zdp:popup-close' },
      { type: 'zdp:client-close', result: { action: 'save' } },
    ]);
  });

  it('writes into the APIData it is given, as the real SDK does', async () => {
    const { zoho } = setup();
    const apiData: Record<string, unknown> = { Last_Name: 'Li' };
    await zoho.CRM.API.upsertRecord({ Entity: 'Leads', APIData: apiData, duplicate_check_fields: ['Email'] });
    expect(apiData).toMatchObject({ action: 'UPSERT', duplicate_check_fields: 'Email' });
  });

  it('rejects with the CRM’s raw error payload', async () => {
    const { zoho } = setup();
    await expect(zoho.CRM.META.getFields({ Entity: 'Nope' })).rejects.toMatchObject({
      code: 'INVALID_MODULE',
    });
  });

  it('resolves a search without matches with a bare status and no data', async () => {
    const { zoho } = setup();
    expect(
      await zoho.CRM.API.searchRecord({ Entity: 'Leads', Type: 'email', Query: 'no@one.example' }),
    ).toEqual({
      status: 204,
    });
  });

  it('answers getCurrentUser with a users list', async () => {
    const { zoho } = setup();
    expect(await zoho.CRM.CONFIG.getCurrentUser()).toMatchObject({
      users: [{ full_name: 'Patricia Boyle' }],
    });
  });
});
