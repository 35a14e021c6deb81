import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { LISTENING } from '../../../src/sandbox/serve';
import { ZDK_PATH, zdkOriginOf } from '../../../src/sandbox/zdk-origin';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = resolve(ROOT, 'src/sandbox/cli.ts');

export type RunningSandbox = { readonly origin: string; readonly close: () => Promise<void> };

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });

// Only a guard against a start that hangs: a busy machine may take minutes to compile and seed.
const START_LIMIT_MS = 240_000;

/** Resolves when the child says it listens and its page answers; rejects when it exits first. */
const waitUntilUp = (url: string, child: ChildProcess, output: () => string): Promise<void> =>
  new Promise((done, fail) => {
    const finish = (error?: Error) => {
      clearTimeout(guard);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (error) fail(error);
      else done();
    };
    let asked = false;
    const onData = () => {
      if (asked || !output().includes(LISTENING)) return;
      asked = true;
      fetch(url).then(
        (r) => finish(r.ok ? undefined : new Error(`sandbox answered ${url} with ${r.status}`)),
        (e: unknown) => finish(e instanceof Error ? e : new Error(String(e))),
      );
    };
    const onExit = (code: number | null) => finish(new Error(`sandbox exited with ${code}`));
    const guard = setTimeout(
      () => finish(new Error(`sandbox did not say it listens within ${START_LIMIT_MS} ms`)),
      START_LIMIT_MS,
    );
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
    onData();
  });

/** Starts `src/sandbox/cli.ts --demo` on a free port with a fresh seeded store, as `npm start` does. */
export const startSandbox = async (extraArgs: readonly string[] = []): Promise<RunningSandbox> => {
  const port = await freePort();
  // A fresh database file each time: the CLI seeds a store it finds empty.
  const dir = mkdtempSync(resolve(tmpdir(), 'zdp-sandbox-'));
  const args = ['--import', 'tsx', CLI, '--demo', '--port', String(port), '--db', resolve(dir, 'sandbox.db')];
  const child = spawn(process.execPath, [...args, ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(`${origin}/sandbox/index.html`, child, () => output);
  } catch (error) {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    origin,
    close: () =>
      new Promise((done) => {
        const cleanUp = () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return cleanUp();
        child.once('exit', cleanUp);
        child.kill('SIGTERM');
      }),
  };
};

/** One API call as a seed user, for checking what the host page wrote. */
export const sandboxApi = async (origin: string, path: string, token = 'sandbox-admin'): Promise<unknown> => {
  const res = await fetch(`${origin}/crm/v8${path}`, {
    headers: { Authorization: `Zoho-oauthtoken ${token}` },
  });
  return res.status === 204 ? null : res.json();
};

/** How many Leads Zoho's search finds with `email` (the sandbox's search index has no lag unless asked). */
export const leadsWithEmail = async (origin: string, email: string): Promise<number> => {
  const body = (await sandboxApi(origin, `/Leads/search?email=${encodeURIComponent(email)}`)) as {
    data?: unknown[];
  } | null;
  return body?.data?.length ?? 0;
};

/** One API write (or read) as a seed user, e.g. a colleague's concurrent edit. */
export const sandboxCall = async (
  origin: string,
  method: string,
  path: string,
  body?: unknown,
  token = 'sandbox-admin',
  headers: Readonly<Record<string, string>> = {},
): Promise<{ readonly status: number; readonly body: unknown }> => {
  const res = await fetch(`${origin}/crm/v8${path}`, {
    method,
    headers: {
      ...headers,
      Authorization: `Zoho-oauthtoken ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
};

/** Client Script data, as the create/edit page hands it to the widget. */
export const scriptData = (values: Record<string, string>, mode: 'flyout' | 'save' = 'flyout') => ({
  source: 'client-script',
  module: 'Leads',
  values,
  mode,
});

/**
 * The built widget as a top-level page over the sandbox: the page plays the CRM frame, answering the shim's
 * zdp:init with `pageLoad` (and the ZDK script's URL on the sandbox's second origin, as get_zdk_url does) and
 * keeping what the widget hands back through $Client.close in window.__closed.
 */
export const openWidget = async (
  browser: import('playwright-core').Browser,
  origin: string,
  pageLoad: unknown,
  options: {
    readonly width?: number;
    readonly token?: string;
    /** Runs before the widget loads, e.g. to listen for page errors and requests from the start. */
    readonly before?: (page: import('playwright-core').Page) => void;
  } = {},
): Promise<import('playwright-core').Page> => {
  // AxeBuilder needs a page made from an explicit context.
  const context = await browser.newContext({ viewport: { width: options.width ?? 320, height: 640 } });
  const page = await context.newPage();
  await page.addInitScript({
    content: `window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'zdp:init') window.postMessage({ type: 'zdp:pageload', data: ${JSON.stringify(pageLoad)}, zdkUrl: ${JSON.stringify(`${zdkOriginOf(origin)}${ZDK_PATH}`)} }, '*');
      if (e.data && e.data.type === 'zdp:client-close') window.__closed = e.data.result;
    });`,
  });
  options.before?.(page);
  await page.goto(`${origin}/app/widget.html?sandboxToken=${options.token ?? 'sandbox-rep-1'}`);
  return page;
};
