/**
 * Record links the widget builds point at Zoho's record page, https://crm.zoho.{dc}/crm/org{zgid}/tab/{Tab}/{id}
 * (ZOHO.md, data centres). Inside the sandbox they are pointed at the sandbox's own record page instead, so a
 * rep trying the product never leaves it. The widget is unchanged: this runs in the shim, beside window.ZOHO.
 */
// The CRM hosts of Zoho's data centres (ZOHO.md, data centres).
const CRM_HOSTS = new Set(
  ['com', 'eu', 'in', 'com.au', 'jp', 'ca', 'sa', 'com.cn'].map((dc) => `crm.zoho.${dc}`),
);
const RECORD_PAGE = /^\/crm\/org[^/]+\/tab\/([^/]+)\/([^/?#]+)/;
// Deals live under their old tab name Potentials (ZOHO.md, data centres).
const MODULE_OF_TAB: Readonly<Record<string, string>> = { Potentials: 'Deals' };

/** The sandbox page for a Zoho record-page URL, or null for any other link. */
export const sandboxRecordUrl = (href: string, origin: string): string | null => {
  if (!URL.canParse(href)) return null;
  const url = new URL(href);
  if (!CRM_HOSTS.has(url.hostname)) return null;
  const match = RECORD_PAGE.exec(url.pathname);
  if (!match?.[1] || !match[2]) return null;
  const tab = decodeURIComponent(match[1]);
  return `${origin}/${encodeURIComponent(MODULE_OF_TAB[tab] ?? tab)}/${match[2]}`;
};

/** Keeps every record link in `doc` pointing at the sandbox, as the widget renders and re-renders them. */
export const pointRecordLinksAtSandbox = (doc: Document, origin: string): void => {
  const rewrite = (root: ParentNode) => {
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const target = sandboxRecordUrl(link.href, origin);
      if (target) link.href = target;
    }
  };
  new MutationObserver(() => rewrite(doc)).observe(doc, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['href'],
  });
  rewrite(doc);
};
