import { describe, expect, it } from 'vitest';
import { coqlString } from '../../src/zoho/coql';
import { makeSandbox } from './support/sandbox-harness';

const coql = async (select_query: string) => {
  const s = makeSandbox();
  await s.insert(
    'Leads',
    { Last_Name: 'A', Email: 'a@x.com', Phone: '1' },
    { Last_Name: 'B', Email: 'b@x.com', Phone: '2' },
    { Last_Name: 'C', Phone: '3' },
  );
  return s.call('POST', 'coql', { body: { select_query } });
};

describe('COQL', () => {
  it('selects fields with where, or and limit', async () => {
    const res = await coql(
      "select Last_Name, Email from Leads where (Email = 'A@x.com' or Phone = '2') limit 10",
    );
    expect(res.body.data.map((r: { Last_Name: string }) => r.Last_Name)).toEqual(['A', 'B']);
    expect(res.body.info).toEqual({ count: 2, more_records: false });
  });

  it('accepts three conditions bracketed in pairs', async () => {
    const res = await coql("select Last_Name from Leads where ((Phone = '1' or Phone = '2') or Phone = '3')");
    expect(res.body.data).toHaveLength(3);
  });

  it('refuses three conditions without pairwise brackets', async () => {
    const res = await coql("select Last_Name from Leads where Phone = '1' or Phone = '2' or Phone = '3'");
    expect([res.status, res.body.code]).toEqual([400, 'SYNTAX_ERROR']);
  });

  it.each(['trail\\', 'mid\\dle', "o\\'brien", 'two\\\\back'])(
    'reads a backslash-escaped backslash in a string literal, finding %s',
    async (name) => {
      const s = makeSandbox();
      await s.insert('Leads', { Last_Name: name });
      const res = await s.call('POST', 'coql', {
        body: { select_query: `select Last_Name from Leads where Last_Name = ${coqlString(name)}` },
      });
      expect([res.status, res.body?.data?.map((r: { Last_Name: string }) => r.Last_Name)]).toEqual([
        200,
        [name],
      ]);
    },
  );

  it('supports like, in, is null and offset', async () => {
    expect((await coql("select Last_Name from Leads where Email like '%@x.com'")).body.data).toHaveLength(2);
    expect((await coql("select Last_Name from Leads where Phone in ('1','3')")).body.data).toHaveLength(2);
    expect((await coql('select Last_Name from Leads where Email is null')).body.data[0].Last_Name).toBe('C');
    const paged = await coql(
      'select Last_Name from Leads where Last_Name is not null order by Last_Name desc limit 1 offset 1',
    );
    expect(paged.body.data[0].Last_Name).toBe('B');
  });

  it('answers Zoho errors for an unknown column, select * and a limit above 2000', async () => {
    expect((await coql("select Nope from Leads where Email = 'a'")).body.code).toBe('INVALID_QUERY');
    expect((await coql("select * from Leads where Email = 'a'")).body.code).toBe('INVALID_QUERY');
    expect((await coql("select Email from Leads where Email = 'a' limit 2001")).body.code).toBe(
      'LIMIT_EXCEEDED',
    );
  });
});
