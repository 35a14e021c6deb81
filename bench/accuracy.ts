// Duplicate-finding accuracy on FEBRL-format data through the widget's own check plan, against the sandbox.
// Usage: npm run --silent bench:accuracy -- --csv FILE [--against FILE2]. The last line is one JSON object.
import { parseArgs } from 'node:util';
import { febrlAccuracy } from './support-dedupe/febrl-accuracy';

const { values } = parseArgs({ options: { csv: { type: 'string' }, against: { type: 'string' } } });
if (!values.csv) {
  console.error('usage: bench:accuracy -- --csv FILE [--against FILE2]');
  process.exit(2);
}
const figures = await febrlAccuracy(values.csv, values.against);
console.log(JSON.stringify(figures));
