import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip -9 size of every local script and stylesheet an HTML entry loads (Zoho's CDN SDK excluded). */
export const bundleGzBytes = (htmlPath: string): number => {
  const html = readFileSync(htmlPath, 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((ref) => ref.startsWith('./') && /\.(js|css)$/.test(ref));
  return refs.reduce(
    (sum, ref) => sum + gzipSync(readFileSync(resolve(dirname(htmlPath), ref)), { level: 9 }).length,
    0,
  );
};
