/** The host's pages and their addresses, as in Zoho CRM: /Leads, /Leads/new, /Leads/123, /Leads/123/edit. */
export const MODULES = ['Leads', 'Contacts', 'Accounts', 'Deals'] as const;
export type Module = (typeof MODULES)[number];

export type Route =
  | { readonly page: 'list'; readonly module: Module; readonly search: string; readonly pageNo: number }
  | { readonly page: 'detail'; readonly module: Module; readonly id: string }
  | { readonly page: 'create'; readonly module: Module }
  | { readonly page: 'edit'; readonly module: Module; readonly id: string }
  | { readonly page: 'setup' }
  | { readonly page: 'import' }
  | { readonly page: 'not-found'; readonly path: string };

export const isModule = (text: string | null): text is Module =>
  (MODULES as readonly string[]).includes(text ?? '');

/** The page an address names. The first host page's `?module=&id=` and `?view=setup` links keep working. */
export const parseRoute = (pathname: string, params: URLSearchParams): Route => {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const legacy = parts.length === 0 || (parts[0] === 'sandbox' && parts[1] === 'index.html');
  if (legacy) {
    if (params.get('view') === 'setup') return { page: 'setup' };
    if (params.get('view') === 'import') return { page: 'import' };
    const module = params.get('module');
    if (module === null) return { page: 'list', module: 'Leads', search: '', pageNo: 1 };
    const known: Module = isModule(module) ? module : 'Leads';
    const id = params.get('id');
    return id ? { page: 'edit', module: known, id } : { page: 'create', module: known };
  }
  const [first, second, third] = parts;
  if ((first === 'setup' || first === 'import') && parts.length === 1) return { page: first };
  if (!isModule(first ?? null) || parts.length > 3) return { page: 'not-found', path: pathname };
  const module = first as Module;
  if (second === undefined) {
    const pageNo = Number(params.get('page') ?? '1');
    return {
      page: 'list',
      module,
      search: params.get('q') ?? '',
      pageNo: Number.isInteger(pageNo) && pageNo > 0 ? pageNo : 1,
    };
  }
  if (second === 'new' && third === undefined) return { page: 'create', module };
  if (third === undefined) return { page: 'detail', module, id: second };
  if (third === 'edit') return { page: 'edit', module, id: second };
  return { page: 'not-found', path: pathname };
};

/** The address of a page, with the host's own query (the signed-in user, a notice) carried along by the caller. */
export const hrefOf = (route: Route): string => {
  switch (route.page) {
    case 'list': {
      const query = new URLSearchParams();
      if (route.search) query.set('q', route.search);
      if (route.pageNo > 1) query.set('page', String(route.pageNo));
      const text = query.toString();
      return `/${route.module}${text ? `?${text}` : ''}`;
    }
    case 'detail':
      return `/${route.module}/${encodeURIComponent(route.id)}`;
    case 'create':
      return `/${route.module}/new`;
    case 'edit':
      return `/${route.module}/${encodeURIComponent(route.id)}/edit`;
    case 'setup':
      return '/setup';
    case 'import':
      return '/import';
    case 'not-found':
      return route.path;
  }
};
