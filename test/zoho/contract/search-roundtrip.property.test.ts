import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetsCriterion } from '../../../src/dedupe/meets-criterion';
import { ADAPTERS, freshSandbox, sandboxFetch } from './adapters';

/** Values that break naive criteria: syntax characters, quotes, percent, emoji, right-to-left text. */
const nasty = fc
  .array(
    fc.oneof(
      fc.constantFrom('(', ')', ',', '\\', ':', "'", '"', '%', '&', '=', ' ', '😀', 'שלום', 'مرحبا', 'é'),
      fc.string({ minLength: 1, maxLength: 3 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join('').trim())
  .filter((s) => s.length > 0);

describe.each(ADAPTERS)('$name: a saved value is found again', ({ make }) => {
  it('search by the built criteria finds the record, and the exact re-check keeps it alone', async () => {
    const sandbox = freshSandbox();
    const crm = make(sandboxFetch(sandbox), 'sandbox-admin', { retries: 0 });
    const saved = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(nasty, async (company) => {
        const key = company.toLocaleLowerCase('en-US');
        const inserted = await crm.insert('Leads', [{ Last_Name: 'Prop', Company: company }]);
        const outcome = inserted.ok ? inserted.value[0] : undefined;
        if (!outcome?.ok) throw new Error(`insert failed: ${JSON.stringify(inserted)}`);
        const id = outcome.value.id;
        const criteria = [{ field: 'Company', op: 'equals', value: company }] as const;
        const page = await crm.search('Leads', { type: 'criteria', criteria }, { perPage: 200 });
        if (!page.ok)
          throw new Error(`search failed for ${JSON.stringify(company)}: ${JSON.stringify(page.error)}`);
        expect(page.value.records.map((r) => r.id)).toContain(id);
        const exact = page.value.records
          .filter((r) => criteria.some((c) => meetsCriterion(r, c)))
          .map((r) => r.id);
        const expected = saved.has(key) ? [saved.get(key), id] : [id];
        expect(exact.sort()).toEqual(expected.sort());
        // Only the first record with a value keeps the slot: later equal values are expected alongside it.
        if (!saved.has(key)) saved.set(key, id);
        else sandbox.store.remove(id);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
