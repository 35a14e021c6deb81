import { afterEach, describe, expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { sandboxCall } from './support/sandbox';
import { useSandboxAndBrowser } from './support/suite';
import {
  allLeadIds,
  colleagueEdits,
  createdSince,
  leadById,
  newLead,
  openUpdateInstead,
  takeFromForm,
  unique,
  type Watched,
} from './support/writes';

/**
 * "Update this record instead" racing a colleague in the browser: whatever happens between preview and confirm,
 * the update never creates a record, never writes over a colleague's edit, and never says something false.
 */
describe('writes racing a colleague, in Chromium against the sandbox', () => {
  const env = useSandboxAndBrowser();
  let open: Watched | null = null;
  afterEach(async () => {
    // Whatever a test did, nothing was thrown in the widget's page.
    expect(open?.pageErrors ?? []).toEqual([]);
    await open?.page.context().close();
    open = null;
  });

  /** A colleague's Lead, the rep's form with its email and a new Mobile, and the merge view open on it. */
  const race = async () => {
    const { lastName, email } = unique('Race');
    const id = await newLead(env.sandbox.origin, { Last_Name: lastName, Email: email });
    const before = await allLeadIds(env.sandbox.origin);
    open = await openUpdateInstead(env.browser, env.sandbox.origin, {
      Last_Name: lastName,
      Email: email,
      Mobile: '5550109001',
    });
    const seen = await leadById(env.sandbox.origin, id);
    const modifiedMs = Date.parse(String(seen?.Modified_Time));
    return { id, email, before, page: open.page, modifiedMs };
  };
  const lead = (id: string) => leadById(env.sandbox.origin, id);

  test.each([
    ['in the same second as the record the rep previewed', 0],
    ['stamped a second earlier than it', -1000],
  ])('a colleague’s edit %s is shown, kept, and never overwritten', async (_, offset) => {
    const { id, before, page, modifiedMs } = await race();
    // Same Modified_Time second (or an earlier one): If-Unmodified-Since alone cannot see this edit.
    await colleagueEdits(
      env.sandbox.origin,
      id,
      { Mobile: '5550100000', Company: 'Colleague Co' },
      modifiedMs + offset,
    );

    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText(/Someone changed this record/).waitFor();
    expect(await page.getByRole('group', { name: /Mobile/ }).textContent()).toContain('5550100000');
    expect(await lead(id)).toMatchObject({ Mobile: '5550100000', Company: 'Colleague Co' });
    expect(await page.getByText('Record updated.').count()).toBe(0);
    await screenshot(page, `writes-colleague-${offset === 0 ? 'same' : 'earlier'}-second`);

    // Having seen the colleague's value, the rep may still choose the form's; the colleague's Company stays.
    await takeFromForm(page, 'Mobile');
    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText('Record updated.').waitFor();
    expect(await lead(id)).toMatchObject({ Mobile: '5550109001', Company: 'Colleague Co' });
    expect(await createdSince(env.sandbox.origin, before)).toEqual([]);
  });

  test('Undo never reverts a colleague’s edit made in the same second as the update: it shows it and asks', async () => {
    const { id, before, page } = await race();
    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText('Record updated.').waitFor();
    const updated = await lead(id);
    expect(updated?.Mobile).toBe('5550109001');
    await colleagueEdits(
      env.sandbox.origin,
      id,
      { Mobile: '5550100001' },
      Date.parse(String(updated?.Modified_Time)),
    );

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText(/Someone changed this record after your update/).waitFor();
    expect((await lead(id))?.Mobile).toBe('5550100001');
    expect(await page.getByText('Mobile: 5550100001').count()).toBe(1);
    await screenshot(page, 'writes-undo-colleague');

    await page.getByRole('button', { name: 'Undo anyway' }).click();
    await page.getByText('Your change was undone.').waitFor();
    expect((await lead(id))?.Mobile ?? null).toBeNull();
    expect(await createdSince(env.sandbox.origin, before)).toEqual([]);
  });

  test('a target whose Email a colleague changed is updated by id: no record is created, and Undo creates none', async () => {
    const { id, email, before, page } = await race();
    const moved = email.replace('@', '.moved@');
    await colleagueEdits(env.sandbox.origin, id, { Email: moved });

    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText('Record updated.').waitFor();
    expect(await lead(id)).toMatchObject({ Mobile: '5550109001', Email: moved });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Your change was undone.').waitFor();
    expect(await lead(id)).toMatchObject({ Mobile: null, Email: moved });
    expect(await createdSince(env.sandbox.origin, before)).toEqual([]);
  });

  test('a target converted before confirm is reported, and nothing is written or created', async () => {
    const { id, before, page } = await race();
    const converted = await sandboxCall(env.sandbox.origin, 'POST', `/Leads/${id}/actions/convert`, {
      data: [{}],
    });
    expect(converted.status).toBe(200);

    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText('This Lead was converted meanwhile, so nothing was changed.').waitFor();
    expect((await lead(id))?.Mobile ?? null).toBeNull();
    expect(await page.getByText('Record updated.').count()).toBe(0);
    expect(await createdSince(env.sandbox.origin, before)).toEqual([]);
  });

  test('a target deleted before confirm is reported, and no record is created', async () => {
    const { id, before, page } = await race();
    const deleted = await sandboxCall(env.sandbox.origin, 'DELETE', `/Leads?ids=${id}`);
    expect(deleted.status).toBe(200);

    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText('This record was deleted meanwhile, so nothing was changed.').waitFor();
    const after = await allLeadIds(env.sandbox.origin);
    expect([...after].filter((x) => !before.has(x))).toEqual([]);
    expect(after.has(id)).toBe(false);
  });

  test('an update Zoho answers as an insert is reported, and the record it created can be deleted', async () => {
    const { id, before, page } = await race();
    // Zoho creating a record where an update by id was asked: the write reaches the sandbox as an insert of the
    // same values, and its answer says action "insert" with the new id.
    await page.route(
      (url) => url.pathname === '/crm/v8/Leads',
      async (route) => {
        const request = route.request();
        if (request.method() !== 'PUT') return route.continue();
        const sent = request.postDataJSON() as { data: Record<string, unknown>[] };
        const data = sent.data.map(({ id: _id, ...values }) => ({ Last_Name: 'Created Instead', ...values }));
        const created = await route.fetch({ method: 'POST', postData: JSON.stringify({ data }) });
        const answer = (await created.json()) as { data: Record<string, unknown>[] };
        await route.fulfill({
          status: 201,
          contentType: 'application/json',
          body: JSON.stringify({ data: answer.data.map((item) => ({ ...item, action: 'insert' })) }),
        });
      },
    );

    await page.getByRole('button', { name: 'Update record' }).click();
    await page.getByText(/Zoho created a new record \(\d+\) instead of updating this one/).waitFor();
    const created = await createdSince(env.sandbox.origin, before);
    expect(created).toHaveLength(1);
    expect(await page.getByText(`(${created[0]})`, { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Record updated.').count()).toBe(0);
    await screenshot(page, 'writes-unexpected-insert');

    await page.getByRole('button', { name: 'Delete the new record' }).click();
    await page.getByText(`The new record (${created[0]}) was deleted.`).waitFor();
    expect(await createdSince(env.sandbox.origin, before)).toEqual([]);
    expect((await lead(id))?.Mobile ?? null).toBeNull();
    await screenshot(page, 'writes-unexpected-insert-deleted');
  });
});
