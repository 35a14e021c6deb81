import { describe, expect, test } from 'vitest';
import { MODULE_NAMES, MODULES } from '../../src/dedupe/modules';
import { findModule } from '../../src/sandbox/metadata/modules';

// The sandbox's metadata is written after Zoho's, independently of the product's module table: the two check each other.
describe.each(MODULE_NAMES)('the sandbox %s module agrees with the module table', (name) => {
  const facts = MODULES[name];
  const sandbox = findModule(name);
  const fieldNames = new Set(sandbox?.fields.map((f) => f.apiName));

  test('the module exists with the same system duplicate-check field and record-link tab', () => {
    expect(sandbox).toMatchObject({ apiName: name, systemField: facts.systemField, tabName: facts.tab });
  });

  test('every field the table names (name, watched, shared under another module name) is a field of the module', () => {
    const named = [...facts.nameFields, ...facts.watched, ...Object.values(facts.shared), facts.systemField];
    expect(named.filter((f) => !fieldNames.has(f))).toEqual([]);
  });
});

test("the module the Leads duplicate check preference maps to is one of the sandbox's modules", () => {
  expect(findModule(MODULES.Leads.conversion.mappedModule)?.apiName).toBe(
    MODULES.Leads.conversion.mappedModule,
  );
});
