import { describe, expect, it } from 'vitest';
import { makeSandbox } from './support/sandbox-harness';

describe("the sandbox enforces Zoho's field lengths", () => {
  it('refuses a 100,000-character name with INVALID_DATA naming the field and its maximum length', async () => {
    const { insert } = makeSandbox();
    const res = await insert('Leads', { Last_Name: 'x'.repeat(100_000), Company: 'Acme' });
    expect(res.status).toBe(400);
    expect(res.body.data[0]).toEqual({
      code: 'INVALID_DATA',
      details: { api_name: 'Last_Name', json_path: '$.data[0].Last_Name', maximum_length: '80' },
      message: 'invalid data',
      status: 'error',
    });
  });

  it('takes a value exactly as long as the field allows, and refuses it on update one character longer', async () => {
    const { insert, call, idOf } = makeSandbox();
    const made = await insert('Leads', { Last_Name: 'y'.repeat(80), Company: 'Acme' });
    expect(made.status).toBe(201);
    const res = await call('PUT', 'Leads', {
      body: { data: [{ id: idOf(made), First_Name: 'z'.repeat(41) }] },
    });
    expect(res.body.data[0].details.maximum_length).toBe('40');
  });
});
