import { describe, expect, it } from 'vitest';
import { makeSandbox } from './support/sandbox-harness';

const preference = {
  duplicate_check_preference: { type: 'converted_records' },
};

describe("the sandbox's doors follow Zoho's profile permissions", () => {
  it.each(['sandbox-rep-1', 'sandbox-rep-2'])(
    'refuses %s every change to the org settings',
    async (token) => {
      const { call, store } = makeSandbox();
      const fields = await call('GET', 'settings/fields?module=Leads', { token });
      expect(fields.status).toBe(200);
      const email = fields.body.fields.find((f: { api_name: string }) => f.api_name === 'Email');
      const attempts = [
        await call('PUT', 'settings/variables', {
          token,
          body: { variables: [{ api_name: 'x', value: '{}' }] },
        }),
        await call('POST', 'settings/duplicate_check_preference?module=Leads', { token, body: preference }),
        await call('PUT', 'settings/duplicate_check_preference?module=Leads', { token, body: preference }),
        await call('DELETE', 'settings/duplicate_check_preference?module=Leads', { token }),
        await call('PATCH', `settings/fields/${email.id}?module=Leads`, {
          token,
          body: { fields: [{ unique: { case_sensitive: false } }] },
        }),
      ];
      expect(attempts.map((a) => [a.status, a.body?.code])).toEqual(
        attempts.map(() => [403, 'NO_PERMISSION']),
      );
      expect(store.uniqueFields('Leads')).not.toContain('Email');
    },
  );

  it('lets the admin make a field unique', async () => {
    const { call, store } = makeSandbox();
    const fields = await call('GET', 'settings/fields?module=Leads');
    const email = fields.body.fields.find((f: { api_name: string }) => f.api_name === 'Email');
    const saved = await call('PATCH', `settings/fields/${email.id}?module=Leads`, {
      body: { fields: [{ unique: { case_sensitive: false } }] },
    });
    expect(saved.body.fields[0].code).toBe('SUCCESS');
    expect(store.uniqueFields('Leads')).toContain('Email');
  });

  it('takes X-Sandbox-Options only with the admin token', async () => {
    const { call } = makeSandbox();
    const headers = { 'X-Sandbox-Options': '{"requestBudget":null,"latencyMs":0}' };
    const rep = await call('GET', 'org', { token: 'sandbox-rep-1', headers });
    expect([rep.status, rep.body.code]).toEqual([403, 'NO_PERMISSION']);
    const anonymous = await call('GET', 'org', { token: null, headers });
    expect(anonymous.status).toBe(403);
    expect((await call('GET', 'org', { headers })).status).toBe(200);
  });
});
