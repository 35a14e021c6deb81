// Duplicate-finding accuracy on a labelled CSV through the widget's own check path, against the sandbox.
// Usage: npm run --silent bench:accuracy -- --csv FILE [--against FILE2]            (FEBRL files)
//        npm run --silent bench:accuracy -- --csv FILE --module Leads --id-column cluster \
//          --map "first_name=First_Name,surname=Last_Name,email=Email,city=City" [--delimiter ';']
// The last line is one JSON object.
import { parseArgs } from 'node:util';
import { csvAccuracy } from './support-dedupe/csv-accuracy';
import { febrlAccuracy } from './support-dedupe/febrl-accuracy';
import { parseMap, readLabelledCsv } from './support-dedupe/labelled-csv';

const usage = `usage: bench:accuracy -- --csv FILE [--against FILE2]
       bench:accuracy -- --csv FILE --module Leads --id-column cluster --map "col=Field,..." [--delimiter ,]`;

const { values } = parseArgs({
  options: {
    csv: { type: 'string' },
    against: { type: 'string' },
    module: { type: 'string' },
    'id-column': { type: 'string' },
    map: { type: 'string' },
    delimiter: { type: 'string' },
  },
});
if (!values.csv) {
  console.error(usage);
  process.exit(2);
}
try {
  const figures = values.map
    ? await csvAccuracy(
        readLabelledCsv({
          path: values.csv,
          idColumn: values['id-column'] ?? 'cluster',
          map: parseMap(values.map),
          ...(values.delimiter ? { delimiter: values.delimiter } : {}),
        }),
        values.module ?? 'Leads',
      )
    : await febrlAccuracy(values.csv, values.against);
  console.log(JSON.stringify(figures));
} catch (error) {
  console.error(`bench:accuracy: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
