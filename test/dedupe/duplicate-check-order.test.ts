import { describe, expect, it } from 'vitest';
import { duplicateCheckScope } from '../../src/dedupe/check-scope';
import { duplicateCheckOrder } from '../../src/dedupe/duplicate-check-order';
import { SYSTEM_DUPLICATE_CHECK_FIELDS, systemDuplicateCheckField } from '../../src/dedupe/system-fields';
import type { FieldInfo } from '../../src/dedupe/types';

const field = (apiName: string, unique: boolean): FieldInfo => ({
  apiName,
  label: apiName,
  dataType: 'text',
  unique,
  readOnly: false,
});
const leads = [field('Email', false), field('u1', true), field('Last_Name', false), field('u2', true)];

describe('duplicate check order (Kaizen #56)', () => {
  it.each([
    [['u1'], ['u1', 'u2']],
    [['u2'], ['u2', 'u1']],
    [['Email'], ['Email', 'u1', 'u2']],
    [undefined, ['Email', 'u1', 'u2']],
    [[], ['Email', 'u1', 'u2']],
    [
      ['u2', 'Email'],
      ['u2', 'Email', 'u1'],
    ],
    [
      ['Last_Name', 'u1'],
      ['u1', 'u2'],
    ],
  ])('duplicate_check_fields %j checks %j in that order', (list, expected) => {
    const input = list
      ? { module: 'Leads', fields: leads, duplicateCheckFields: list }
      : { module: 'Leads', fields: leads };
    expect(duplicateCheckOrder(input)).toEqual(expected);
  });

  it('a system field the admin also marked unique is checked once, first', () => {
    expect(
      duplicateCheckOrder({ module: 'Leads', fields: [field('Email', true), field('u1', true)] }),
    ).toEqual(['Email', 'u1']);
  });

  it.each(Object.entries(SYSTEM_DUPLICATE_CHECK_FIELDS))(
    '%s is checked on %s by default',
    (module, system) => {
      expect(duplicateCheckOrder({ module, fields: [] })).toEqual([system]);
    },
  );

  it('a custom module is checked on Name', () => {
    expect(systemDuplicateCheckField('Properties', true)).toBe('Name');
    expect(duplicateCheckOrder({ module: 'Properties', fields: [field('Ref', true)], custom: true })).toEqual(
      ['Name', 'Ref'],
    );
  });

  it('a module without a system field checks only its unique fields', () => {
    expect(duplicateCheckOrder({ module: 'Tasks', fields: [field('Ref', true)] })).toEqual(['Ref']);
  });
});

describe('Leads duplicate check preference', () => {
  it('without a preference a Lead is checked against open Leads only', () => {
    expect(duplicateCheckScope('Leads', ['Email'], null)).toEqual([
      { module: 'Leads', converted: 'false', fieldMap: [{ from: 'Email', to: 'Email' }] },
    ]);
  });

  it('converted_records adds converted Leads', () => {
    const scope = duplicateCheckScope('Leads', ['Email'], {
      type: 'converted_records',
      mappedModule: null,
      fieldMappings: [],
    });
    expect(scope.map((t) => [t.module, t.converted])).toEqual([['Leads', 'both']]);
  });

  it('mapped_module_records also checks Contacts through the mapped fields', () => {
    const scope = duplicateCheckScope('Leads', ['Email'], {
      type: 'mapped_module_records',
      mappedModule: 'Contacts',
      fieldMappings: [{ currentField: 'Email', mappedField: 'Secondary_Email' }],
    });
    expect(scope[1]).toEqual({
      module: 'Contacts',
      converted: 'false',
      fieldMap: [{ from: 'Email', to: 'Secondary_Email' }],
    });
  });

  it('the preference has no effect outside Leads', () => {
    const scope = duplicateCheckScope('Contacts', ['Email'], {
      type: 'converted_records',
      mappedModule: null,
      fieldMappings: [],
    });
    expect(scope).toHaveLength(1);
    expect(scope[0]?.converted).toBe('false');
  });
});
