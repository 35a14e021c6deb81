import { parseArgs } from 'node:util';
import { createSandbox } from './sandbox';
import { generateSeed, writeManifest } from './seed/index';
import { LISTENING, serve, serveWithFallback } from './serve';
import { loadSeed } from './store/load-seed';
import { createStore, DEFAULT_DB_PATH, type Store } from './store/store';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string' },
    db: { type: 'string', default: DEFAULT_DB_PATH },
    seed: { type: 'string', default: '1' },
    latency: { type: 'string', default: '0' },
    'reset-only': { type: 'boolean', default: false },
    demo: { type: 'boolean', default: false },
    // Start from the demo seed even when the database holds earlier merges and settings.
    fresh: { type: 'boolean', default: false },
  },
});

const number = (name: string, text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} wants a whole number, got ${text}`);
  return n;
};

const reseed = (store: Store, dbPath: string, seed: number): void => {
  const data = generateSeed({ seed });
  loadSeed(store, data);
  writeManifest(dbPath, data);
  console.log(`seeded ${data.records.length} records (seed ${seed}) into ${dbPath}`);
};

const main = async (): Promise<void> => {
  const store = createStore({ path: args.db });
  const seed = number('seed', args.seed);
  const empty = ['Leads', 'Contacts', 'Accounts', 'Deals'].every((m) => store.count(m) === 0);
  if (args['reset-only'] || args.fresh || empty) reseed(store, args.db, seed);
  if (args['reset-only']) {
    store.close();
    return;
  }
  const sandbox = createSandbox({ store, options: { latencyMs: number('latency', args.latency) } });
  const served = args.demo
    ? await serveWithFallback(sandbox, {
        port: number('port', args.port ?? '5173'),
        demo: { appDir: 'build/app', sandboxDir: 'build/sandbox', reset: () => reseed(store, args.db, seed) },
      })
    : await serve(sandbox, { port: number('port', args.port ?? '8787') });
  console.log(`${LISTENING} ${served.url}`);
  if (args.demo) console.log(`demo: open ${served.url}/`);
  const stop = () => void served.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
