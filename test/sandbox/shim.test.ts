import { describe, expect, it } from 'vitest';
import type { FromHost, ToHost } from '../../src/sandbox/shim/messages';
import type { ShimOptions } from '../../src/sandbox/shim/shim-options';
import { createZohoShim } from '../../src/sandbox/shim/zoho-shim';
import { freshSandbox, sandboxFetch } from '../zoho/contract/adapters';
import { validatingFetch } from './support/oas-auto';

const setup = (options: Partial<ShimOptions> = {}, loadZdk?: (url: string) => void) => {
  const sent: ToHost[] = [];
  let deliver: (m: FromHost) => void = () => {};
  const sandbox = freshSandbox();
  const zoho = createZohoShim({
    options,
    ...(loadZdk ? { loadZdk } : {}),
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

  it('fires Notify handlers for flyout messages, wrapped as {id, data} by default', () => {
    const { zoho, deliver } = setup();
    const got: unknown[] = [];
    zoho.embeddedApp.on('Notify', (d) => got.push(d));
    deliver({ type: 'zdp:notify', data: { values: { Email: 'x' } } });
    expect(got).toEqual([{ id: 'req-1', data: { values: { Email: 'x' } } }]);
  });

  it('hands a plain Notify over unwrapped when told to', () => {
    const { zoho, deliver } = setup({ notify: 'plain' });
    const got: unknown[] = [];
    zoho.embeddedApp.on('Notify', (d) => got.push(d));
    deliver({ type: 'zdp:notify', data: { values: { Email: 'x' } } });
    expect(got).toEqual([{ values: { Email: 'x' } }]);
  });

  it('sends a waiting notify to the NotifyAndWait handler as {id, data}', () => {
    const { zoho, deliver } = setup({ notify: 'plain' });
    const got: unknown[] = [];
    zoho.embeddedApp.on('NotifyAndWait', (d) => got.push(d));
    deliver({ type: 'zdp:notify', data: { values: {} }, wait: true });
    expect(got).toEqual([{ id: 'req-1', data: { values: {} } }]);
  });

  it('hands a waiting notify over with the id the host waits on, so the answer finds its way back', () => {
    const { zoho, deliver } = setup();
    const got: unknown[] = [];
    zoho.embeddedApp.on('NotifyAndWait', (d) => got.push(d));
    deliver({ type: 'zdp:notify', data: { values: {} }, wait: true, id: 'wait-3' });
    expect(got).toEqual([{ id: 'wait-3', data: { values: {} } }]);
  });

  it('throws on UI calls before init() has resolved, as the SDK does without its parent window', () => {
    const { zoho } = setup();
    expect(() => zoho.CRM.UI.Resize({ height: 300, width: 400 })).toThrow('Parentwindow reference not found');
    void zoho.embeddedApp.init();
    expect(() => zoho.CRM.UI.Resize({ height: 300, width: 400 })).toThrow('Parentwindow reference not found');
  });

  it('posts resize, populate, record open and popup close to the host once init() has resolved', async () => {
    const { zoho, sent, deliver } = setup();
    const ready = zoho.embeddedApp.init();
    deliver({ type: 'zdp:pageload', data: {} });
    await ready;
    await zoho.CRM.UI.Resize({ height: 300, width: 400 });
    await zoho.CRM.UI.Record.populate({ Email: 'a@b.c' });
    await zoho.CRM.UI.Record.open({ Entity: 'Leads', RecordID: '5002' });
    await zoho.CRM.UI.Popup.close();
    expect(sent).toEqual([
      { type: 'zdp:init' },
      { type: 'zdp:resize', height: 300, width: 400 },
      { type: 'zdp:populate', values: { Email: 'a@b.c' } },
      { type: 'zdp:open-record', entity: 'Leads', id: '5002' },
      { type: 'zdp:popup-close' },
    ]);
  });

  it('loads the ZDK part from the URL the host answers init() with, and resolves init() without waiting for it', async () => {
    const loaded: string[] = [];
    const { zoho, deliver } = setup({}, (url) => loaded.push(url));
    const ready = zoho.embeddedApp.init();
    deliver({ type: 'zdp:pageload', data: {}, zdkUrl: 'http://localhost:1/sandbox/zdk-client.js' });
    await ready;
    expect(loaded).toEqual(['http://localhost:1/sandbox/zdk-client.js']);
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
