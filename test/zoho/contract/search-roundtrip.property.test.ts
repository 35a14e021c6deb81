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
    await fc.assert(
      fc.asyncProperty(nasty, async (company) => {
        // The value and its upper-case form: Zoho's search ignores letter case, so both must come back.
        const variants = [...new Set([company, company.toLocaleUpperCase('en-US')])].filter(
          (v) => v.toLocaleLowerCase('en-US') === company.toLocaleLowerCase('en-US'),
        );
        // Plus a value that only contains it, which "equals" may answer and the exact re-check must drop.
        const values = [...variants, `${company} Holdings`];
        const inserted = await crm.insert(
          'Leads',
          values.map((Company) => ({ Last_Name: 'Prop', Company })),
        );
        const all = (inserted.ok ? inserted.value : []).map((o) => (o.ok ? o.value.id : ''));
        if (all.length !== values.length || all.includes(''))
          throw new Error(`insert failed: ${JSON.stringify(inserted)}`);
        const ids = all.slice(0, variants.length);
        try {
          const criteria = [{ field: 'Company', op: 'equals', value: company }] as const;
          const page = await crm.search('Leads', { type: 'criteria', criteria }, { perPage: 200 });
          if (!page.ok)
            throw new Error(`search failed for ${JSON.stringify(company)}: ${JSON.stringify(page.error)}`);
          const found = page.value.records.map((r) => r.id);
          for (const id of ids) expect(found).toContain(id);
          const exact = page.value.records
            .filter((r) => criteria.some((c) => meetsCriterion(r, c)))
            .map((r) => r.id);
          expect(exact.sort()).toEqual([...ids].sort());
        } finally {
          // Each run starts from an empty module: "equals" may answer values that contain the one searched, so
          // earlier runs' records would otherwise crowd the one page of 200.
          for (const id of all) sandbox.store.remove(id);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
