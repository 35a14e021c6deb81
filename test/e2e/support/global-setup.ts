import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILT = [
  'build/app/widget.html',
  'build/app/settings.html',
  'build/app/import.html',
  'build/sandbox/index.html',
  'build/sandbox/zoho-sdk.js',
];

/** Browser tests run against the built product: refuse to start (rather than skip) when it is not built. */
export default function assertBuilt(): void {
  const missing = BUILT.filter((path) => !existsSync(resolve(ROOT, path)));
  if (missing.length > 0) {
    throw new Error(`browser tests need \`npm run build\` first; missing: ${missing.join(', ')}`);
  }
}
