import { describe, expect, it } from 'vitest';
import { parseStartData } from '../../src/zoho/start-data';

const duplicateBody = {
  data: [
    {
      code: 'DUPLICATE_DATA',
      details: {
        api_name: 'Email',
        json_path: '$.data[0].Email',
        duplicate_record: {
          Owner: { name: 'Pat', id: 'u1', zuid: '8' },
          module: { api_name: 'Contacts', id: 'm1' },
          id: 'c9',
        },
        more_records: false,
      },
      message: 'duplicate data',
      status: 'error',
    },
  ],
};

describe('parseStartData', () => {
  it('reads a detail page payload whose EntityId is an array', () => {
    expect(parseStartData({ Entity: 'Leads', EntityId: ['42'] })).toEqual({
      ok: true,
      value: { module: 'Leads', values: {}, recordId: '42', trigger: 'detail' },
    });
  });
  it('reads the unsaved values a create-page button sends in Data', () => {
    const r = parseStartData({ Entity: 'Leads', Data: { Email: 'a@b.com', Last_Name: 'Li', $x: 1 } });
    expect(r).toEqual({
      ok: true,
      value: {
        module: 'Leads',
        values: { Email: 'a@b.com', Last_Name: 'Li' },
        recordId: null,
        trigger: 'button',
      },
    });
  });
  it('reads Client Script data and the clashes of the failed save it carries', () => {
    const r = parseStartData({
      source: 'client-script',
      module: 'Leads',
      values: { Email: 'a@b.com' },
      mode: 'save',
      error: duplicateBody,
    });
    expect(r.ok && r.value.trigger).toBe('save');
    expect(r.ok && r.value.clashes?.map((c) => [c.field, c.record.module, c.record.id])).toEqual([
      ['Email', 'Contacts', 'c9'],
    ]);
  });
  it.each([
    null,
    'PageLoad',
    { Entity: 5 },
    { source: 'client-script', module: 'Leads', values: {}, mode: 'x' },
  ])('turns %j into an invalid-response error', (payload) => {
    const r = parseStartData(payload);
    expect(!r.ok && r.error.kind).toBe('invalid-response');
  });
});
