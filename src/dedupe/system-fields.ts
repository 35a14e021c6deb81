/** Zoho's system-defined duplicate check field per standard module (Kaizen #56); custom modules use Name. */
export const SYSTEM_DUPLICATE_CHECK_FIELDS: Readonly<Record<string, string>> = {
  Leads: 'Email',
  Contacts: 'Email',
  Accounts: 'Account_Name',
  Deals: 'Deal_Name',
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
  SYSTEM_DUPLICATE_CHECK_FIELDS[module] ?? (custom ? 'Name' : null);
