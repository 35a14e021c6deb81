import { expect, test } from 'vitest';
import { createEngineChecker } from '../../src/widget/check/engine-checker';
import type { CheckAnswer } from '../../src/widget/check/types';
import { err } from '../../src/zoho/result';
import { seededClient } from './support/seeded-client';

const signal = new AbortController().signal;
const TYPED = { Last_Name: 'Nguyen', Email: 'Mai.Nguyen@Fresh.example' };

/** A sandbox whose search index is a minute behind, holding a Lead a colleague saved a moment ago. */
const justSaved = async () => {
  const seeded = seededClient('sandbox-rep-1', { searchIndexLagMs: 60_000 });
  const saved = await seeded.client.insert('Leads', [
    { Last_Name: 'Nguyen', Email: 'mai.nguyen@fresh.example' },
  ]);
  const id = saved.ok && saved.value[0]?.ok ? saved.value[0].value.id : '';
  expect(id).not.toBe('');
  seeded.calls.length = 0;
  return { ...seeded, id };
};

const answer = (result: Awaited<ReturnType<ReturnType<typeof createEngineChecker>>>): CheckAnswer => {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};
const count = (calls: readonly string[], path: RegExp) => calls.filter((c) => path.test(c)).length;

test('the preview misses a Lead saved a moment ago, and makes no COQL call', async () => {
  const { client, calls, id } = await justSaved();
  const preview = answer(
    await createEngineChecker(client)({ module: 'Leads', values: TYPED, excludeId: null }, signal),
  );
  expect(preview.matches.find((m) => m.candidate.id === id)).toBeUndefined();
  expect(count(calls, /\/coql$/)).toBe(0);
  expect(count(calls, /\/search$/)).toBe(2);
});

test('the Save check finds that Lead through COQL as blocking, with one COQL call beside the same searches', async () => {
  const { client, calls, id } = await justSaved();
  const check = createEngineChecker(client);
  const save = answer(await check({ module: 'Leads', values: TYPED, excludeId: null, fresh: true }, signal));
  const match = save.matches.find((m) => m.candidate.id === id);
  expect(match?.classification).toBe('blocking');
  expect(match?.blockingFields).toEqual(['Email']);
  expect(match?.candidate.owner?.id).toBeTruthy();
  expect(match?.candidate.modifiedTime).toMatch(/^\d{4}-\d\d-\d\dT/);
  // Leads is the one module Zoho checks here (the seed's preference adds no mapped module): one COQL read.
  expect(count(calls, /\/coql$/)).toBe(1);
  expect(count(calls, /\/search$/)).toBe(2);

  // The COQL answer is not remembered as a search answer: the cached search still says what the index said.
  calls.length = 0;
  const again = answer(await check({ module: 'Leads', values: TYPED, excludeId: null }, signal));
  expect(again.matches.find((m) => m.candidate.id === id)).toBeUndefined();
  expect(count(calls, /\/coql$/)).toBe(0);
});

test('a Save check asks COQL for the email as typed and lower-cased, and search’s copy of a record wins', async () => {
  const { client } = await justSaved();
  const queries: string[] = [];
  const check = createEngineChecker({
    ...client,
    coql: (query, opts) => {
      queries.push(query);
      return client.coql(query, opts);
    },
  });
  const values = { Last_Name: 'Smith', Email: 'Mai.Nguyen@Fresh.example' };
  const save = answer(await check({ module: 'Leads', values, excludeId: null, fresh: true }, signal));
  expect(queries.find((q) => q.includes(' from Leads '))).toContain(
    "Email in ('Mai.Nguyen@Fresh.example', 'mai.nguyen@fresh.example')",
  );
  const ids = save.matches.map((m) => `${m.candidate.module}|${m.candidate.id}`);
  expect(new Set(ids).size).toBe(ids.length);
});

test('a Save check whose COQL call Zoho refuses still answers from search', async () => {
  const { client, id } = await justSaved();
  const check = createEngineChecker({
    ...client,
    coql: async () =>
      err({
        kind: 'zoho',
        code: 'OAUTH_SCOPE_MISMATCH',
        status: 401,
        message: 'no scope',
        details: {},
        clashes: [],
      }),
  });
  const save = answer(await check({ module: 'Leads', values: TYPED, excludeId: null, fresh: true }, signal));
  expect(save.matches.find((m) => m.candidate.id === id)).toBeUndefined();
});
