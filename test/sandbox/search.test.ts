import { describe, expect, it } from 'vitest';
import { parseCriteria } from '../../src/sandbox/query/criteria-parser';
import { makeSandbox } from './support/sandbox-harness';

const q = (criteria: string) => `Leads/search?criteria=${encodeURIComponent(criteria)}`;

describe('criteria grammar', () => {
  it('unescapes ( ) , and a doubled trailing backslash in values', () => {
    const parsed = parseCriteria('(Company:equals:Acme \\(US\\)\\, Inc\\\\)');
    expect(parsed).toEqual({
      ok: true,
      node: { kind: 'cond', field: 'Company', op: 'equals', values: ['Acme (US), Inc\\'] },
    });
  });

  it('refuses mixed and/or without brackets', () => {
    expect(parseCriteria('((A:equals:1)and(B:equals:2)or(C:equals:3))').ok).toBe(false);
  });
});

describe('search', () => {
  it('answers 204 with an empty body when nothing matches', async () => {
    const { call } = makeSandbox();
    const res = await call('GET', 'Leads/search?email=nobody@x.com');
    expect([res.status, res.text]).toEqual([204, '']);
  });

  it('finds a company with parentheses and commas when they are escaped', async () => {
    const { call, insert } = makeSandbox();
    await insert('Leads', { Last_Name: 'A', Company: 'Acme (US), Inc' });
    const res = await call('GET', q('(Company:equals:Acme \\(US\\)\\, Inc)'));
    expect(res.body.data).toHaveLength(1);
  });

  it('lets equals behave like contains by default, and exactly when the option is off', async () => {
    const { call, insert, sandbox } = makeSandbox();
    await insert('Leads', { Last_Name: 'Johnson' });
    expect((await call('GET', q('(Last_Name:equals:John)'))).status).toBe(200);
    sandbox.setOptions({ equalsMeansContains: false });
    expect((await call('GET', q('(Last_Name:equals:John)'))).status).toBe(204);
  });

  it('matches email case-insensitively and phone only as stored', async () => {
    const { call, insert } = makeSandbox();
    await insert('Leads', { Last_Name: 'A', Email: 'Mixed@Case.com', Phone: '+1 (555) 010-2000' });
    expect((await call('GET', 'Leads/search?email=mixed@case.COM')).status).toBe(200);
    expect((await call('GET', 'Leads/search?phone=5550102000')).status).toBe(204);
    expect((await call('GET', `Leads/search?phone=${encodeURIComponent('+1 (555) 010-2000')}`)).status).toBe(
      200,
    );
  });

  it('prefers criteria over email when both are given', async () => {
    const { call, insert } = makeSandbox();
    await insert('Leads', { Last_Name: 'Zed', Email: 'z@x.com' });
    const res = await call('GET', `${q('(Last_Name:equals:Nobody)')}&email=z@x.com`);
    expect(res.status).toBe(204);
  });

  it('refuses more than 10 criteria', async () => {
    const { call } = makeSandbox();
    const criteria = `(${Array.from({ length: 11 }, (_, i) => `(Last_Name:equals:n${i})`).join('or')})`;
    const res = await call('GET', q(criteria));
    expect([res.status, res.body.code]).toEqual([400, 'CRITERIA_LIMIT_EXCEEDED']);
  });

  it('refuses pages beyond the 2,000th record with LIMIT_REACHED', async () => {
    const { call } = makeSandbox();
    const res = await call('GET', 'Leads/search?word=a&page=11&per_page=200');
    expect(res.body).toMatchObject({ code: 'LIMIT_REACHED', details: { limit: '2000' } });
  });

  it('misses records younger than the index lag, while COQL and reads see them', async () => {
    const { call, insert, idOf, tick } = makeSandbox({ searchIndexLagMs: 2000 });
    const id = idOf(await insert('Leads', { Last_Name: 'Fresh', Email: 'fresh@x.com' }));
    expect((await call('GET', 'Leads/search?email=fresh@x.com')).status).toBe(204);
    expect((await call('GET', `Leads/${id}`)).status).toBe(200);
    const coql = await call('POST', 'coql', {
      body: { select_query: "select Email from Leads where Email = 'fresh@x.com'" },
    });
    expect(coql.body.data).toHaveLength(1);
    tick(2500);
    expect((await call('GET', 'Leads/search?email=fresh@x.com')).status).toBe(200);
  });

  it('pages results with info.more_records', async () => {
    const { call, insert } = makeSandbox();
    await insert('Leads', ...Array.from({ length: 5 }, (_, i) => ({ Last_Name: `Page${i}` })));
    const res = await call('GET', 'Leads/search?word=Page&per_page=2&page=2');
    expect(res.body.info).toEqual({ per_page: 2, count: 2, page: 2, more_records: true });
  });
});
