// Prints benchmark figures; the last line is one JSON object. Figures, never pass/fail.
import { resolve } from 'node:path';
import { bundleGzBytes, firstCheckGzBytes } from './bundle-size';
import { creditFigures } from './credits';
import { engineFigures } from './engine';
import { keystrokeFigures } from './keystroke';
import { preflightFigures } from './preflight';
import { renderFigures } from './render';
import { febrlAccuracy } from './support-dedupe/febrl-accuracy';
import { writeRaceFigures } from './write-races';

const build = resolve(import.meta.dirname, '../build/app');
const febrl = resolve(import.meta.dirname, '../../shared/data/febrl');
const figures: Record<string, number | string> = {};
const section = async (name: string, measure: () => Promise<object> | object): Promise<void> => {
  const started = performance.now();
  try {
    Object.assign(figures, await measure());
  } catch (error) {
    // A section that fails says so in the figures; the others still run and the last line stays one JSON object.
    figures[`${name.replace(/\W+/g, '_')}_error`] = String(error instanceof Error ? error.message : error);
    console.error(error);
  }
  console.log(`${name}: ${Math.round(performance.now() - started)} ms`);
};

// Timing-sensitive CPU figures first, before any Chromium has run on this machine.
await section('engine', engineFigures);
await section('preflight', preflightFigures);
await section('bundle', async () => ({
  bundle_gz_bytes: bundleGzBytes(resolve(build, 'widget.html')),
  first_check_gz_bytes: await firstCheckGzBytes(build),
}));
await section('write races', () => writeRaceFigures());
await section('credits', creditFigures);
await section('render', renderFigures);
await section('keystroke', keystrokeFigures);
// Accuracy on public data: duplicates within dataset1, then dataset2 (thresholds chosen on dataset1).
for (const name of ['dataset1', 'dataset2'] as const) {
  await section(`febrl ${name}`, async () => {
    const result = await febrlAccuracy(resolve(febrl, `${name}.csv`));
    return Object.fromEntries(Object.entries(result).map(([key, value]) => [`febrl_${name}_${key}`, value]));
  });
}
console.log(JSON.stringify(figures));
