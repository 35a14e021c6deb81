import { describe, expect, it } from 'vitest';
import { makeSandbox } from './support/sandbox-harness';

const lead = { Last_Name: 'Dolan', Company: 'Villa Margarita' };

describe('notes', () => {
  it('adds a note to a Lead through POST /Notes and lists it with its parent', async () => {
    const { insert, idOf, call } = makeSandbox();
    const id = idOf(await insert('Leads', lead));
    const res = await call('POST', 'Notes', {
      body: {
        data: [
          {
            Note_Title: 'Saved anyway',
            Note_Content: 'May duplicate <b>Bob</b>',
            Parent_Id: { module: { api_name: 'Leads' }, id },
          },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.data[0]).toMatchObject({ code: 'SUCCESS', message: 'record added', status: 'success' });
    const list = await call('GET', 'Notes');
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({
      Note_Title: 'Saved anyway',
      Note_Content: 'May duplicate <b>Bob</b>',
      Parent_Id: { module: { api_name: 'Leads' }, id },
    });
  });

  it('answers 204 when no visible record has notes', async () => {
    const { call } = makeSandbox();
    expect((await call('GET', 'Notes')).status).toBe(204);
  });

  it('refuses a note without content or with a parent that does not exist', async () => {
    const { call } = makeSandbox();
    const empty = await call('POST', 'Notes', {
      body: { data: [{ Note_Content: ' ', Parent_Id: { module: { api_name: 'Leads' }, id: '1' } }] },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.data[0]).toMatchObject({
      code: 'MANDATORY_NOT_FOUND',
      details: { api_name: 'Note_Content' },
    });
    const orphan = await call('POST', 'Notes', {
      body: {
        data: [
          { Note_Content: 'x', Parent_Id: { module: { api_name: 'Leads' }, id: '4876000000999999999' } },
        ],
      },
    });
    expect(orphan.body.data[0]).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'Parent_Id' } });
  });

  it('leaves out a field name the module does not have, as Zoho does, and keeps the rest', async () => {
    const { insert, idOf, call } = makeSandbox();
    const res = await insert('Leads', { ...lead, Title: 'CTO', Designation: 'VP Sales' });
    expect(res.status).toBe(201);
    const stored = (await call('GET', `Leads/${idOf(res)}`)).body.data[0];
    expect(stored.Designation).toBe('VP Sales');
    expect(stored).not.toHaveProperty('Title');
  });
});
