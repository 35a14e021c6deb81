import { describe, expect, it } from 'vitest';
import { previewUpsert } from '../../src/dedupe/upsert-preview';
import { record } from './support';

const a = record('A', { Email: 'ann@x.io', Phone: '111', u1: 'k1' });
const b = record('B', { Email: 'bob@x.io', Phone: '222', u1: 'k2' });
const existing = [a, b];

describe('upsert prediction', () => {
  it.each([
    ['nothing matches', { Email: 'new@x.io', Phone: '999' }, ['Email', 'Phone'], 'insert', null, null],
    ['the email matches', { Email: 'ANN@x.io' }, ['Email', 'Phone'], 'update', 'A', 'Email'],
    [
      'only the phone matches',
      { Email: 'new@x.io', Phone: '222' },
      ['Email', 'Phone'],
      'update',
      'B',
      'Phone',
    ],
    ['u1 is listed first', { Email: 'ann@x.io', u1: 'k2' }, ['u1', 'Email'], 'update', 'B', 'u1'],
    ['the system field is left out of the list', { Email: 'ann@x.io' }, ['u1'], 'insert', null, null],
  ])('when %s the upsert is an %s of %s through %s', (_case, values, order, action, id, field) => {
    const p = previewUpsert(values, existing, order);
    expect(p.action).toBe(action);
    expect(p.target?.record.id ?? null).toBe(id);
    expect(p.target?.field ?? null).toBe(field);
  });

  it('email matches A and phone matches B: A is updated and the phone clashes with B', () => {
    const p = previewUpsert({ Email: 'ann@x.io', Phone: '222' }, existing, ['Email', 'Phone']);
    expect(p.target?.record.id).toBe('A');
    expect(p.clashes.map((c) => [c.field, c.record.id])).toEqual([['Phone', 'B']]);
    expect(p.code).toBe('DUPLICATE_DATA');
  });

  it('phone listed first flips it: B is updated and the email clashes with A', () => {
    const p = previewUpsert({ Email: 'ann@x.io', Phone: '222' }, existing, ['Phone', 'Email']);
    expect(p.target?.record.id).toBe('B');
    expect(p.clashes.map((c) => [c.field, c.record.id])).toEqual([['Email', 'A']]);
  });

  it('two clashing fields answer MULTIPLE_OR_MULTI_ERRORS', () => {
    const p = previewUpsert({ Email: 'ann@x.io', Phone: '222', u1: 'k2' }, existing, [
      'Email',
      'Phone',
      'u1',
    ]);
    expect(p.code).toBe('MULTIPLE_OR_MULTI_ERRORS');
  });

  it('a unique Email left out of the order still clashes on insert', () => {
    const p = previewUpsert({ Email: 'ann@x.io' }, existing, ['u1'], ['u1', 'Email']);
    expect(p.action).toBe('insert');
    expect(p.clashes.map((c) => c.record.id)).toEqual(['A']);
  });

  it('a phone in another format does not pick a record (Zoho compares as stored)', () => {
    const p = previewUpsert({ Phone: '(222)' }, existing, ['Phone']);
    expect(p.action).toBe('insert');
  });
});
