// Writes seeded labelled people or organisation data for bench:accuracy.
// Usage: tsx bench/generate-linkage.ts people|organisations ENTITIES DUPLICATE_RATE SEED > FILE.csv
import { generateOrganisations, generatePeople, toCsv } from './support-dedupe/generate-linkage';

const [kind = 'people', entities = '1000', rate = '0.3', seed = '1'] = process.argv.slice(2);
const options = { entities: Number(entities), duplicateRate: Number(rate), seed: Number(seed) };
const rows = kind === 'people' ? generatePeople(options) : generateOrganisations(options);
console.log(toCsv([...rows]));
