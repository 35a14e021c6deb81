import { MODULE_NAMES, MODULES } from './modules';
import { ownEntry } from './own-entry';

/**
 * Zoho's system-defined duplicate check field per standard module (Kaizen #56): the product's modules from the
 * module table, the other standard modules listed here; custom modules use Name.
 */
export const SYSTEM_DUPLICATE_CHECK_FIELDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(MODULE_NAMES.map((m) => [m, MODULES[m].systemField])),
  Campaigns: 'Campaign_Name',
  Cases: 'Subject',
  Solutions: 'Solution_Title',
  Products: 'Product_Name',
  Vendors: 'Vendor_Name',
  Price_Books: 'Price_Book_Name',
  Quotes: 'Subject',
  Sales_Orders: 'Subject',
  Purchase_Orders: 'Subject',
  Invoices: 'Subject',
};

export const systemDuplicateCheckField = (module: string, custom = false): string | null =>
  ownEntry(SYSTEM_DUPLICATE_CHECK_FIELDS, module) ?? (custom ? 'Name' : null);
