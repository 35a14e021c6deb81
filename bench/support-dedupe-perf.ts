import { faker } from '@faker-js/faker';
import { scoreCandidates } from '../src/dedupe/score-candidates';
faker.seed(1);
const mk = (i: number) => ({ module: 'Leads', id: String(i), owner: null, modifiedTime: null, converted: false, values: {
  First_Name: faker.person.firstName(), Last_Name: faker.person.lastName(), Email: faker.internet.email(), Phone: faker.phone.number(), Company: faker.company.name() } });
const cands = Array.from({ length: 10000 }, (_, i) => mk(i));
const input = { First_Name: 'Bob', Last_Name: 'Smith', Email: 'bob@acme.com', Phone: '+1 (555) 010-2000', Company: 'Acme Inc' };
for (let r = 0; r < 40; r++) {
  const fresh = cands.map((c) => ({ ...c, values: { ...c.values } }));
  const t = performance.now();
  const m = scoreCandidates(input, fresh, { module: 'Leads' });
  console.log((performance.now() - t).toFixed(2), 'ms', m.length);
}
