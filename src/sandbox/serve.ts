import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { Sandbox } from './sandbox';
import { serveStatic } from './static-files';
import { zdkOriginOf } from './zdk-origin';

export type Served = { readonly port: number; readonly url: string; readonly close: () => Promise<void> };

export type ServeOptions = {
  readonly port: number;
  /** Demo mode: the built widget at /app/, the sandbox browser assets at /sandbox/. */
  readonly demo?: { readonly appDir: string; readonly sandboxDir: string };
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
    app.get('/', (c) => c.redirect('/sandbox/index.html'));
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
