import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { Sandbox } from './sandbox';
import { serveStatic } from './static-files';
import { zdkOriginOf } from './zdk-origin';

const HOST_MODULES = 'Leads|Contacts|Accounts|Deals';

/** What the CLI prints once its server listens, before the address: tests and scripts wait for it. */
export const LISTENING = 'sandbox listening on';

export type Served = { readonly port: number; readonly url: string; readonly close: () => Promise<void> };

export type ServeOptions = {
  readonly port: number;
  /** Demo mode: the built widget at /app/, the sandbox browser assets at /sandbox/, the CRM pages. */
  readonly demo?: {
    readonly appDir: string;
    readonly sandboxDir: string;
    /** "Reset demo data": replace the store's content with the demo seed. */
    readonly reset?: () => void;
  };
};

const listen = (fetch: (req: Request) => Response | Promise<Response>, port: number): Promise<Served> =>
  new Promise((resolve, reject) => {
    const server = createAdaptorServer({ fetch, hostname: '127.0.0.1' });
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        port: actual,
        url: `http://127.0.0.1:${actual}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });

/** The only place that binds a port: 127.0.0.1 only. */
export const serve = (sandbox: Sandbox, options: ServeOptions): Promise<Served> => {
  const app = new Hono();
  app.all('/crm/*', (c) => sandbox.handleRequest(c.req.raw));
  const demo = options.demo;
  if (demo) {
    // One page plays every CRM page; it reads the address itself, so `/` keeps its query string.
    const page = () => serveStatic(demo.sandboxDir, 'index.html');
    app.get('/', page);
    app.get('/setup', page);
    app.get('/import', page);
    app.get(`/:module{${HOST_MODULES}}`, page);
    app.get(`/:module{${HOST_MODULES}}/*`, page);
    app.post('/sandbox-admin/reset', (c) => {
      if (!demo.reset) return c.json({ message: 'reset is not available' }, 404);
      demo.reset();
      return c.json({ message: 'demo data restored' });
    });
    app.get('/app/*', (c) =>
      serveStatic(demo.appDir, c.req.path.slice('/app/'.length), zdkOriginOf(new URL(c.req.url).origin)),
    );
    app.get('/sandbox/*', (c) => serveStatic(demo.sandboxDir, c.req.path.slice('/sandbox/'.length)));
  }
  app.all('*', (c) => sandbox.handleRequest(c.req.raw));
  return listen(app.fetch, options.port);
};

/** Tries `port`, then any free port when it is taken (the demo's friendly default). */
export const serveWithFallback = async (sandbox: Sandbox, options: ServeOptions): Promise<Served> => {
  try {
    return await serve(sandbox, options);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    return serve(sandbox, { ...options, port: 0 });
  }
};
