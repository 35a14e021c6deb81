import type { Browser, Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { openWidget, sandboxApi, sandboxCall, scriptData } from './sandbox';

type Lead = Readonly<Record<string, unknown>>;

/** What a page did that a rep never sees: errors thrown in it, and every API call it made. */
export type Watched = {
  readonly page: Page;
  readonly pageErrors: string[];
  readonly calls: { readonly method: string; readonly path: string; readonly at: number }[];
};

export const watch = (page: Page): Watched => {
  const watched: Watched = { page, pageErrors: [], calls: [] };
  page.on('pageerror', (error) => watched.pageErrors.push(String(error)));
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/crm/v8/'))
      watched.calls.push({ method: request.method(), path: url.pathname, at: Date.now() });
  });
  return watched;
};

let made = 0;
/** A name and email no other test uses, so each test's records are its own. */
export const unique = (prefix: string) => {
  made += 1;
  const tag = `${prefix}${made}${Date.now().toString(36)}`;
  return { lastName: tag, email: `${tag.toLowerCase()}@writes.example` };
};

/** Creates a Lead as the admin (a colleague), returning its id. */
export const newLead = async (origin: string, values: Lead): Promise<string> => {
  const made = await sandboxCall(origin, 'POST', '/Leads', { data: [{ Company: 'Writes Ltd', ...values }] });
  const id = (made.body as { data?: { details?: { id?: string } }[] }).data?.[0]?.details?.id;
  if (!id) throw new Error(`the sandbox did not create the Lead: ${JSON.stringify(made.body)}`);
  return id;
};

export const leadById = async (origin: string, id: string): Promise<Lead | null> => {
  const body = (await sandboxApi(origin, `/Leads/${id}`)) as { data?: Lead[] } | null;
  return body?.data?.[0] ?? null;
};

/** Every Lead id the sandbox lists, page by page: records an update created show up as new ids. */
export const allLeadIds = async (origin: string): Promise<ReadonlySet<string>> => {
  const ids = new Set<string>();
  for (let page = 1; ; page++) {
    const body = (await sandboxApi(origin, `/Leads?per_page=200&page=${page}&fields=id`)) as {
      data?: { id: string }[];
      info?: { more_records?: boolean };
    } | null;
    for (const r of body?.data ?? []) ids.add(r.id);
    if (!body?.info?.more_records) return ids;
  }
};

export const createdSince = async (origin: string, before: ReadonlySet<string>): Promise<string[]> =>
  [...(await allLeadIds(origin))].filter((id) => !before.has(id));

/** A colleague's edit, stamped by the sandbox clock at `atMs` (Zoho's Modified_Time has one-second resolution). */
export const colleagueEdits = async (origin: string, id: string, values: Lead, atMs?: number) => {
  const clock = atMs === undefined ? {} : { 'X-Sandbox-Options': JSON.stringify({ nowMs: atMs }) };
  const edit = await sandboxCall(
    origin,
    'PUT',
    '/Leads',
    { data: [{ id, ...values }] },
    'sandbox-admin',
    clock,
  );
  expect(edit.status).toBe(200);
};

/** The save popup for a form clashing with an existing Lead, opened on "Update this record instead". */
export const openUpdateInstead = async (
  browser: Browser,
  origin: string,
  form: Readonly<Record<string, string>>,
  token = 'sandbox-rep-1',
): Promise<Watched> => {
  let watched: Watched | null = null;
  const page = await openWidget(browser, origin, scriptData(form, 'save'), {
    token,
    before: (p) => {
      watched = watch(p);
    },
  });
  if (!watched) throw new Error('the page was not watched');
  await page
    .getByRole('button', { name: /Update this record instead/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Update record' }).waitFor();
  return watched;
};

/** Ticks "From the form" for a field of the merge view. */
export const takeFromForm = (page: Page, field: string) =>
  page
    .getByRole('group', { name: new RegExp(field) })
    .getByRole('radio', { name: /From the form/ })
    .check();

/** expect.poll with room for a busy machine: a first check can take seconds when the cores are shared. */
export const poll = <T>(read: () => Promise<T> | T, options: { readonly timeout?: number } = {}) =>
  expect.poll(read, { timeout: options.timeout ?? 20_000 });
