import type { Hono } from 'hono';
import { type Ctx, nowOf, readJson, type SandboxEnv } from '../env';
import { fail, noPermission } from '../errors';
import { findModule, type ModuleDef } from '../metadata/modules';
import { clashError } from '../rules/clash';
import { findClashes } from '../rules/find-clashes';
import type { StoredRecord } from '../store/types';
import { canSee } from '../visibility';

/** Lead fields carried to the Contact on conversion (Zoho's default conversion mapping). */
const CONTACT_MAPPING: Readonly<Record<string, string>> = {
  First_Name: 'First_Name',
  Last_Name: 'Last_Name',
  Email: 'Email',
  Secondary_Email: 'Secondary_Email',
  Phone: 'Phone',
  Mobile: 'Mobile',
  Lead_Source: 'Lead_Source',
  Description: 'Description',
  Designation: 'Title',
  Street: 'Mailing_Street',
  City: 'Mailing_City',
  State: 'Mailing_State',
  Zip_Code: 'Mailing_Zip',
  Country: 'Mailing_Country',
};
const ACCOUNT_MAPPING: Readonly<Record<string, string>> = {
  Company: 'Account_Name',
  Website: 'Website',
  Phone: 'Phone',
  Fax: 'Fax',
  Industry: 'Industry',
  Street: 'Billing_Street',
  City: 'Billing_City',
  State: 'Billing_State',
  Zip_Code: 'Billing_Code',
  Country: 'Billing_Country',
};

const mapValues = (from: Readonly<Record<string, unknown>>, mapping: Readonly<Record<string, string>>) =>
  Object.fromEntries(
    Object.entries(mapping).flatMap(([src, dst]) => (from[src] == null ? [] : [[dst, from[src]]])),
  );

const module = (name: string): ModuleDef =>
  findModule(name) ?? fail(500, 'INTERNAL_ERROR', 'Internal server error occurred.');

export const registerConvert = (app: Hono<SandboxEnv>): void => {
  app.post('/crm/v8/Leads/:id/actions/convert', async (c: Ctx) => {
    const store = c.get('store');
    const user = c.get('user');
    const lead = store.get(c.req.param('id') ?? '');
    if (lead?.module !== 'Leads')
      return fail(400, 'INVALID_DATA', 'the id given seems to be invalid', {
        api_name: 'id',
        id: c.req.param('id'),
      });
    if (!canSee(user, lead)) return noPermission();
    if (lead.converted) return fail(400, 'ID_ALREADY_CONVERTED', 'id already converted', { id: lead.id });
    const body = await readJson(c);
    const options = ((Array.isArray(body.data) ? body.data[0] : undefined) ?? {}) as Record<
      string,
      { id?: string }
    >;
    const { nowMs, wallMs } = nowOf(c);
    const stamp = (mod: string, values: Record<string, unknown>): StoredRecord => ({
      id: store.nextId(),
      module: mod,
      ownerId: lead.ownerId,
      createdBy: user.id,
      modifiedBy: user.id,
      createdMs: nowMs,
      modifiedMs: nowMs,
      indexedMs: wallMs,
      converted: null,
      values,
    });
    const contacts = module('Contacts');
    const result = store.transaction(() => {
      const company = typeof lead.values.Company === 'string' ? lead.values.Company.trim() : '';
      const accountId =
        options.Accounts?.id ??
        (company === ''
          ? null
          : (store
              .list('Accounts')
              .find((a) => String(a.values.Account_Name).toLowerCase() === company.toLowerCase())?.id ??
            null));
      let account = accountId ? store.get(accountId) : undefined;
      if (!account && company !== '') {
        account = stamp('Accounts', mapValues(lead.values, ACCOUNT_MAPPING));
        store.put(account);
      }
      let contact = options.Contacts?.id ? store.get(options.Contacts.id) : undefined;
      if (!contact) {
        const values = {
          ...mapValues(lead.values, CONTACT_MAPPING),
          ...(account ? { Account_Name: { id: account.id, name: account.values.Account_Name } } : {}),
        };
        const clashes = findClashes(store, contacts, values, { systemFieldBlocks: false });
        if (clashes.length > 0) return { error: clashError(clashes, 0, c.get('users')) };
        contact = stamp('Contacts', values);
        store.put(contact);
      }
      store.put({
        ...lead,
        converted: { contactId: contact.id, accountId: account?.id ?? null },
        modifiedBy: user.id,
        modifiedMs: nowMs,
      });
      const ref = (r: StoredRecord | undefined, name: unknown) =>
        r ? { name: String(name ?? ''), id: r.id } : null;
      return {
        ok: {
          Contacts: ref(
            contact,
            [contact.values.First_Name, contact.values.Last_Name].filter(Boolean).join(' '),
          ),
          Accounts: ref(account, account?.values.Account_Name),
          Deals: null,
        },
      };
    });
    if ('error' in result) return c.json({ data: [result.error] }, 400);
    return c.json({
      data: [
        {
          code: 'SUCCESS',
          details: result.ok,
          message: 'The record has been converted successfully',
          status: 'success',
        },
      ],
    });
  });
};
