// Prints benchmark figures; the last line is one JSON object. Figures, never pass/fail.
import { resolve } from 'node:path';
import { bundleGzBytes } from './bundle-size';

const build = resolve(import.meta.dirname, '../build/app');
const figures: Record<string, number | string> = {
  bundle_gz_bytes: bundleGzBytes(resolve(build, 'widget.html')),
};
console.log(JSON.stringify(figures));
