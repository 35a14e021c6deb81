import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { createSandbox, createStore } from '../../../src/sandbox/index';
import { INSTALLED_VARIABLES } from '../../../src/sandbox/seed/installed-variables';
import type { ShimOptions } from '../../../src/sandbox/shim/shim-options';
import { createZohoShim } from '../../../src/sandbox/shim/zoho-shim';
import { DiagnosticsSection } from '../../../src/widget/settings/diagnostics/DiagnosticsSection';
import type { DiagnosticsContext } from '../../../src/widget/settings/diagnostics/diagnostics-context';
import { connectSdk } from '../../../src/zoho/sdk-environment';
import { SETTINGS_VARIABLE } from '../../../src/zoho/settings-codec';
import type { ZohoSdk, ZohoSession } from '../../../src/zoho/zoho-sdk';

afterEach(cleanup);

/** The settings page's Diagnostics context over the shim set to real Zoho, or broken where told. */
const contextFor = async (
  options: Partial<ShimOptions> = {},
  { token = 'sandbox-admin', clientPresent = true } = {},
): Promise<DiagnosticsContext> => {
  const store = createStore({ path: ':memory:' });
  for (const v of INSTALLED_VARIABLES) store.putVariable(v);
  const sandbox = createSandbox({ store });
  const shim = createZohoShim({
    fetch: (input, init) => sandbox.handleRequest(new Request(input, init)),
    baseUrl: 'http://sandbox.test',
    token,
    host: { send: () => {}, listen: () => {} },
    options,
  });
  const session = (shim.zrc ?? null) as ZohoSession | null;
  const sdk = shim as unknown as ZohoSdk;
  const serviceOrigin = 'http://sandbox.test';
  const env = await connectSdk(
    sdk,
    { serviceOrigin, session },
    { policy: { retries: 0, sleep: async () => {} } },
  );
  return {
    client: env.client,
    serviceOrigin,
    dataCentre: env.dataCentre,
    environment: env.environment,
    route: env.route,
    sdk: {
      scriptSrc: 'https://live.zwidgets.com/js-sdk/1.5/ZohoEmbededAppSDK.min.js',
      sessionRest: session !== null,
      currentEnvironment: typeof sdk.CRM.CONFIG.GetCurrentEnvironment === 'function',
    },
    clientBridge: async () => clientPresent,
    variable: SETTINGS_VARIABLE,
  };
};

const runDiagnostics = async (context: DiagnosticsContext) => {
  render(<DiagnosticsSection context={context} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Run diagnostics' }));
  await screen.findByRole('button', { name: 'Copy report' });
  await screen.findByText(/Every check passed|checks? failed/);
};

const verdictOf = (id: string): string => {
  const item = document.querySelector(`[data-check="${id}"]`);
  if (!item) throw new Error(`no check ${id} shown`);
  return item.className;
};

describe('the Diagnostics panel', () => {
  test('passes every check against the stand-in set to real Zoho, each with Zoho’s raw answer', async () => {
    await runDiagnostics(await contextFor());
    expect(screen.getByText('Every check passed.')).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(7);
    for (const item of items) expect(within(item).getByText('Zoho’s answer')).toBeTruthy();
    expect(screen.getByText(/Zoho’s SDK 1\.5 with session REST/)).toBeTruthy();
    expect(screen.getByText(/profile Administrator/)).toBeTruthy();
  });

  test.each([
    ['sdk', { session: false }, true],
    ['dataCentre', { environment: false }, true],
    ['client', {}, false],
    ['variable', { broken: ['variable-read'] }, true],
    ['variable', { broken: ['variable-write'] }, true],
    ['connection', { session: false, connections: [] }, true],
    ['connection', { broken: ['session'] }, true],
    ['search', { broken: ['session'] }, true],
    ['user', { broken: ['user'] }, true],
  ] as const)('shows %s failing when the stand-in breaks it (%j)', async (id, options, clientPresent) => {
    await runDiagnostics(await contextFor(options as Partial<ShimOptions>, { clientPresent }));
    expect(verdictOf(id)).toContain('fail');
    expect(screen.getByText(/checks? failed/)).toBeTruthy();
  });

  test('an EU org is named with its API and link hosts', async () => {
    await runDiagnostics(await contextFor({ dataCentre: 'eu' }));
    expect(screen.getByText(/Data centre eu: API calls go to www\.zohoapis\.eu/)).toBeTruthy();
  });

  test('a rep who is not an admin sees no Diagnostics at all', async () => {
    const context = await contextFor({}, { token: 'sandbox-rep-1' });
    let answered = false;
    const client = {
      ...context.client,
      getCurrentUser: async (opts?: Parameters<typeof context.client.getCurrentUser>[0]) => {
        const user = await context.client.getCurrentUser(opts);
        answered = true;
        return user;
      },
    };
    render(<DiagnosticsSection context={{ ...context, client }} />);
    await waitFor(() => expect(answered).toBe(true));
    // Let the answer render before looking for what it hid.
    await act(async () => {});
    expect(screen.queryByRole('heading', { name: 'Diagnostics' })).toBeNull();
  });

  test('a refused clipboard shows the report to copy by hand, every check with its verdict', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await runDiagnostics(await contextFor({ broken: ['user'] }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    const report = (await screen.findByRole('textbox')) as HTMLTextAreaElement;
    expect(report.value).toMatch(/^PASS SDK version/m);
    expect(report.value).toMatch(/^FAIL Current user: .*NO_PERMISSION/m);
  });
});
