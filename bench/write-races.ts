// Scripted races through the widget's own "Update this record instead" write path against the sandbox.
import { planMerge } from '../src/dedupe/merge-plan';
import type { CandidateRecord, FieldInfo } from '../src/dedupe/types';
import { seededRandom } from '../src/sandbox/middleware';
import { guardedWrite, type WriteOutcome } from '../src/widget/merge/guarded-write';
import { undoOfPlan, writeOfPlan } from '../src/widget/merge/write-of-plan';
import { type RaceSandbox, raceSandbox } from './support-writes/race-sandbox';

const FIELDS: readonly FieldInfo[] = ['First_Name', 'Last_Name', 'Email', 'Phone', 'Company'].map(
  (apiName) => ({
    apiName,
    label: apiName,
    dataType: apiName === 'Email' ? 'email' : 'text',
    unique: apiName === 'Email',
    readOnly: false,
  }),
);
const FORM = { Last_Name: 'Lovelace', Email: 'ada@example.com', Phone: '555 0100', Company: 'Engines Ltd' };
const START = Date.parse('2026-03-02T10:00:00Z');

type Race = {
  readonly box: RaceSandbox;
  readonly id: string;
  readonly shown: CandidateRecord;
  readonly random: () => number;
};

const setUp = async (n: number): Promise<Race> => {
  const random = seededRandom(1000 + n);
  const box = raceSandbox(START + n * 60_000 + Math.floor(random() * 1000));
  const made = await box.colleague.insert('Leads', [
    { First_Name: 'Ada', Last_Name: 'Lovelace', Email: 'ada@example.com', Company: 'Analytical' },
  ]);
  const first = made.ok ? made.value[0] : undefined;
  if (!first?.ok) throw new Error('race set-up could not create the Lead');
  const id = first.value.id;
  // The rep previews within the same second as the Lead's creation, or a moment later.
  box.advance(Math.floor(random() * 1500));
  const got = await box.rep.getRecord('Leads', id);
  if (!got.ok) throw new Error('race set-up could not read the Lead');
  return { box, id, shown: got.value, random };
};

const planFor = (shown: CandidateRecord, picks: Record<string, 'incoming' | 'existing'>) =>
  planMerge({ incoming: FORM, existing: shown, picks, fields: FIELDS, order: ['Email'] });

const fieldOf = (race: Race, field: string) => race.box.store.get(race.id)?.values[field] ?? null;
const colleagueSets = (race: Race, field: string, value: string) =>
  race.box.colleague.update('Leads', [{ id: race.id, [field]: value }]);
/** A colleague's edit timed to land after the widget's next re-read and before its write. */
const betweenReadAndWrite = (race: Race, field: string, value: string) => {
  race.box.setHook(async (request, send) => {
    if (request.method === 'PUT') {
      race.box.setHook(null);
      await colleagueSets(race, field, value);
    }
    return send();
  });
};
const sameSecondOrLater = (race: Race, later: boolean) =>
  race.box.advance(later ? 1000 + Math.floor(race.random() * 2000) : Math.floor(race.random() * 300));

/** A colleague edits a field the rep is about to write (or undo); lost when the colleague's value is gone. */
const lostUpdate = async (n: number): Promise<boolean> => {
  const race = await setUp(n);
  const plan = planFor(race.shown, { Company: 'incoming' });
  const theirs = `Colleague ${n}`;
  const scenario = n % 5;
  if (scenario <= 2) {
    if (scenario === 2) betweenReadAndWrite(race, 'Company', theirs);
    else {
      sameSecondOrLater(race, scenario === 1);
      await colleagueSets(race, 'Company', theirs);
    }
    await guardedWrite(race.box.rep, writeOfPlan('Leads', race.id, plan), race.box.clock);
    return fieldOf(race, 'Company') !== theirs;
  }
  const done = await guardedWrite(race.box.rep, writeOfPlan('Leads', race.id, plan), race.box.clock);
  if (done.kind !== 'written') return false;
  if (scenario === 3) {
    sameSecondOrLater(race, false);
    await colleagueSets(race, 'Company', theirs);
  } else betweenReadAndWrite(race, 'Company', theirs);
  await guardedWrite(race.box.rep, undoOfPlan('Leads', race.id, plan), race.box.clock);
  return fieldOf(race, 'Company') !== theirs;
};

type Verdict = { readonly falseSuccess: boolean; readonly landedCalledFailed: boolean };

/** Zoho creating a record where an update by id was asked: the values go in as an insert, answered "insert". */
const updateAnsweredAsInsert = (race: Race) =>
  race.box.setHook(async (request, send) => {
    if (request.method !== 'PUT') return send();
    const sent = (await request.clone().json()) as { data: Record<string, unknown>[] };
    const data = sent.data.map(({ id: _id, ...values }) => ({ Last_Name: 'Created Instead', ...values }));
    const created = await race.box.sandbox.handleRequest(
      new Request('http://sandbox.test/crm/v8/Leads', {
        method: 'POST',
        headers: { Authorization: 'Zoho-oauthtoken sandbox-admin' },
        body: JSON.stringify({ data }),
      }),
    );
    const answer = (await created.json()) as { data: Record<string, unknown>[] };
    const items = answer.data.map((item) => ({ ...item, action: 'insert' }));
    return new Response(JSON.stringify({ data: items }), { status: 201 });
  });

/**
 * The target changes under the write, the write's answer is lost, or Zoho answers with a record it created; a
 * success is false unless it is true.
 */
const falseSuccess = async (n: number): Promise<Verdict> => {
  const race = await setUp(n);
  const plan = planFor(race.shown, { Company: 'incoming' });
  const before = new Set(race.box.store.list('Leads').map((r) => r.id));
  const scenario = n % 6;
  if (scenario === 0) await colleagueSets(race, 'Email', `moved.${n}@example.com`);
  if (scenario === 1)
    await race.box.sandbox.handleRequest(
      new Request(`http://sandbox.test/crm/v8/Leads/${race.id}/actions/convert`, {
        method: 'POST',
        headers: { Authorization: 'Zoho-oauthtoken sandbox-admin' },
        body: JSON.stringify({ data: [{}] }),
      }),
    );
  if (scenario === 2) race.box.store.remove(race.id);
  if (scenario === 3)
    race.box.setHook(async (request, send) => {
      const answer = await send();
      if (request.method === 'PUT') throw new TypeError('Failed to fetch');
      return answer;
    });
  if (scenario === 4)
    race.box.setHook(async (request, send) =>
      request.method === 'PUT' ? new Response('<html>502 Bad Gateway</html>', { status: 502 }) : send(),
    );
  if (scenario === 5) updateAnsweredAsInsert(race);
  const outcome: WriteOutcome = await guardedWrite(
    race.box.rep,
    writeOfPlan('Leads', race.id, plan),
    race.box.clock,
  );
  race.box.setHook(null);
  const record = race.box.store.get(race.id);
  const landed = record?.values.Company === 'Engines Ltd' && record.converted === null;
  const created = race.box.store.list('Leads').some((r) => !before.has(r.id));
  const said = outcome.kind === 'written';
  return { falseSuccess: said && (!landed || created), landedCalledFailed: landed && !said };
};

/** 100 races of each kind; figures are counts out of 100, and thrown errors are counted, not fatal. */
export const writeRaceFigures = async (races = 100): Promise<Record<string, number>> => {
  let lost = 0;
  let falseOk = 0;
  let calledFailed = 0;
  let thrown = 0;
  for (let n = 0; n < races; n++) {
    try {
      if (await lostUpdate(n)) lost++;
    } catch {
      thrown++;
    }
    try {
      const v = await falseSuccess(n);
      if (v.falseSuccess) falseOk++;
      if (v.landedCalledFailed) calledFailed++;
    } catch {
      thrown++;
    }
  }
  return {
    race_lost_updates: lost,
    race_false_success: falseOk,
    race_landed_reported_failed: calledFailed,
    race_thrown: thrown,
  };
};

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await writeRaceFigures()));
