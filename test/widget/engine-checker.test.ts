import { expect, test } from 'vitest';
import { SEARCH_LIFETIME_MS } from '../../src/dedupe/cache-lifetime';
import { bulkInsert, createSandbox, createStore } from '../../src/sandbox/index';
import { DEMO_DUPLICATES, DEMO_LEAD } from '../../src/sandbox/seed/index';
import { createEngineChecker } from '../../src/widget/check/engine-checker';
import type { CheckAnswer } from '../../src/widget/check/types';
import { createRestClient } from '../../src/zoho/rest-client';
import { seededClient } from './support/seeded-client';

const run = async (values: Record<string, string>, module = 'Leads', excludeId: string | null = null) => {
  const seeded = seededClient();
  const check = createEngineChecker(seeded.client);
  const result = await check({ module, values, excludeId }, new AbortController().signal);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { answer: result.value, ...seeded, check };
};
const find = (answer: CheckAnswer, id: string) => answer.matches.find((m) => m.candidate.id === id);

test('a new Lead with an existing Lead’s email is blocked by Zoho because Email is unique in Leads', async () => {
  const { answer } = await run({ Last_Name: 'Smith', Email: DEMO_LEAD.values.Email.toUpperCase() });
  const match = find(answer, DEMO_LEAD.id);
  expect(match?.classification).toBe('blocking');
  expect(match?.blockingFields).toEqual(['Email']);
});

test('a Contact with the same email as a new Lead is a duplicate Zoho lets through', async () => {
  const { answer } = await run({ Last_Name: 'Smith', Email: DEMO_LEAD.values.Email });
  const contact = find(answer, DEMO_DUPLICATES.emailCaseContact.id);
  expect(contact?.classification).toMatch(/likely|possible/);
  expect(contact?.blockingFields).toEqual([]);
});

test('Robert Smith with 5550102000 finds the nickname Lead Bob Smith stored as +1 (555) 010-2000', async () => {
  const { answer } = await run({ First_Name: 'Robert', Last_Name: 'Smith', Phone: '5550102000' });
  const bob = find(answer, DEMO_DUPLICATES.nicknameLead.id);
  expect(bob?.classification).toBe('likely');
  expect(bob?.fields.map((f) => `${f.field}:${f.how}`)).toEqual(
    expect.arrayContaining(['Phone:format', 'First_Name:nickname']),
  );
});

test('one check searches each module once, and the same values again search nothing', async () => {
  const { calls, check } = await run({ Last_Name: 'Smith', Email: 'nobody@nowhere.example' });
  const searches = () => calls.filter((c) => c.endsWith('/search'));
  expect(searches()).toEqual(['GET /crm/v8/Leads/search', 'GET /crm/v8/Contacts/search']);
  await check(
    { module: 'Leads', values: { Email: 'nobody@nowhere.example', Last_Name: 'Smith' }, excludeId: null },
    new AbortController().signal,
  );
  expect(searches()).toHaveLength(2);
});

test('a search answer older than its lifetime is asked again, and invalidate forgets every answer at once', async () => {
  const seeded = seededClient();
  let clock = 0;
  const check = createEngineChecker(seeded.client, undefined, () => clock);
  const values = { Last_Name: 'Smith', Email: 'nobody@nowhere.example' };
  const run = () => check({ module: 'Leads', values, excludeId: null }, new AbortController().signal);
  const searches = () => seeded.calls.filter((c) => c.endsWith('/search')).length;
  await run();
  expect(searches()).toBe(2);
  clock = SEARCH_LIFETIME_MS - 1;
  await run();
  expect(searches()).toBe(2);
  clock = SEARCH_LIFETIME_MS;
  await run();
  expect(searches()).toBe(4);
  check.invalidate?.();
  await run();
  expect(searches()).toBe(6);
});

test('the record being edited is never listed as its own duplicate', async () => {
  const { answer } = await run({ ...DEMO_LEAD.values }, 'Leads', DEMO_LEAD.id);
  expect(find(answer, DEMO_LEAD.id)).toBeUndefined();
  expect(answer.modules).toEqual(['Leads', 'Contacts', 'Accounts']);
});

test('a Contact’s company is shown from its Account_Name, the field it matched in Contacts', async () => {
  const { answer } = await run({ Last_Name: 'Smith', Email: DEMO_LEAD.values.Email, Company: 'Acme Inc' });
  const contact = find(answer, DEMO_DUPLICATES.emailCaseContact.id);
  const company = contact?.fields.find((f) => f.field === 'Company');
  expect(company?.candidateField).toBe('Account_Name');
});

test('an answer names the typed fields each module was searched by, and leaves out fields nobody typed', async () => {
  const { answer } = await run({ Last_Name: 'Nobody', Email: 'nobody@nowhere.example' });
  expect(answer.matches).toEqual([]);
  expect(Object.keys(answer.searched ?? {})).toEqual(answer.modules);
  expect(answer.searched?.Leads).toEqual(expect.arrayContaining(['Email', 'Last_Name']));
  expect(answer.searched?.Leads).not.toContain('Phone');
  expect(answer.unchecked).toEqual([]);
});

/**
 * 260 Accounts whose names start "Chicago Public Schools", and the one at 1746 S. Miller stored last, so a page of
 * the first 200 records that start "Chic" does not hold it. `refuseSecond` answers the second Accounts search
 * with Zoho's 429 body (record.json: TOO_MANY_REQUESTS).
 */
const schoolsClient = (refuseSecond = false) => {
  const store = createStore({ path: ':memory:' });
  const schools = Array.from({ length: 260 }, (_, i) => ({
    values: {
      Account_Name: `Chicago Public Schools School ${i}`,
      Billing_Street: `${1000 + i} W Madison St`,
    },
  }));
  const [target] = bulkInsert(store, 'Accounts', [
    ...schools,
    { values: { Account_Name: 'Chicago Public Schools Jungman, Joseph', Billing_Street: '1746 S. Miller' } },
  ]).slice(-1);
  const sandbox = createSandbox({ store });
  const paths: string[] = [];
  const client = createRestClient({
    baseUrl: 'http://sandbox.test',
    token: 'sandbox-admin',
    policy: { retries: 0 },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const path = `${request.method} ${new URL(request.url).pathname}`;
      paths.push(path);
      if (
        refuseSecond &&
        path === 'GET /crm/v8/Accounts/search' &&
        paths.filter((p) => p === path).length === 2
      )
        return Response.json(
          { code: 'TOO_MANY_REQUESTS', details: {}, message: 'too many requests', status: 'error' },
          { status: 429 },
        );
      return sandbox.handleRequest(request);
    },
  });
  const check = (values: Record<string, string>) =>
    createEngineChecker(client)(
      { module: 'Accounts', values, excludeId: null },
      new AbortController().signal,
    );
  return { check, paths, target };
};
const typedSchool = {
  Account_Name: 'CHICAGO PUBLIC SCHOOLS JUNGMAN JOSEPH',
  Billing_Street: '1746 S Miller St',
};

test('a search that runs past one page asks its selective conditions again: the account at the typed address among 260 of one name is found', async () => {
  const { check, paths, target } = schoolsClient();
  const result = await check(typedSchool);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  expect(result.value.matches.find((m) => m.candidate.id === target)?.classification).toBe('likely');
  expect(paths.filter((p) => p === 'GET /crm/v8/Accounts/search')).toHaveLength(2);
});

test('when Zoho refuses the second ask (429), the check still answers with the first page it had', async () => {
  const { check, paths } = schoolsClient(true);
  const result = await check({
    Account_Name: 'Chicago Public Schools School 3',
    Billing_Street: '1003 W Madison',
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  expect(paths.filter((p) => p === 'GET /crm/v8/Accounts/search')).toHaveLength(2);
  expect(result.value.matches.map((m) => m.candidate.values.Account_Name)).toContain(
    'Chicago Public Schools School 3',
  );
});

test('a check with a first name compares it with the public nickname list: Polly Whitfield finds Mary Whitfield', async () => {
  const seeded = seededClient();
  const [mary] = bulkInsert(seeded.store, 'Leads', [
    { values: { First_Name: 'Mary', Last_Name: 'Whitfield', Phone: '+1 (555) 014-7788' } },
  ]);
  const check = createEngineChecker(seeded.client);
  const result = await check(
    {
      module: 'Leads',
      values: { First_Name: 'Polly', Last_Name: 'Whitfield', Phone: '555 014 7788' },
      excludeId: null,
    },
    new AbortController().signal,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const match = find(result.value, mary ?? '');
  expect(match?.classification).toBe('likely');
  expect(match?.fields.map((f) => `${f.field}:${f.how}`)).toEqual(
    expect.arrayContaining(['First_Name:nickname', 'Last_Name:exact', 'Phone:format']),
  );
});
