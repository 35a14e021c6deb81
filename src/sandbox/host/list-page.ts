import type { CrmApi } from './crm-api';
import { el } from './dom';
import { asText, COLUMNS, FORMS, recordTitle, singular } from './fields';
import { hrefOf, type Module } from './routes';

const PER_PAGE = 20;

type ListRoute = { readonly module: Module; readonly search: string; readonly pageNo: number };

/** A module's list view: a word search like Zoho's list search, a page of records, links to each record. */
export const renderListPage = async (main: HTMLElement, api: CrmApi, route: ListRoute): Promise<void> => {
  const { module, search, pageNo } = route;
  const head = el('div', { class: 'record-head' }, el('h1', {}, module));
  if (FORMS[module]) {
    head.append(
      el(
        'div',
        { class: 'actions' },
        el(
          'a',
          { class: 'button primary', href: hrefOf({ page: 'create', module }) },
          `New ${singular(module)}`,
        ),
      ),
    );
  }
  const input = el('input', {
    type: 'search',
    name: 'q',
    'aria-label': `Search ${module}`,
    placeholder: `Search ${module}`,
  });
  input.value = search;
  const form = el(
    'form',
    { class: 'list-search', role: 'search', action: `/${module}` },
    input,
    el('button', { class: 'button secondary', type: 'submit' }, 'Search'),
  );
  const status = el('p', { id: 'status', role: 'status' });
  const table = el('table', { class: 'list' });
  const paging = el('nav', { class: 'paging', 'aria-label': 'Pages' });
  main.replaceChildren(el('section', { 'aria-labelledby': 'list-title' }, head, form, status, table, paging));
  head.querySelector('h1')?.setAttribute('id', 'list-title');

  status.textContent = 'Loading…';
  const page = await api.list(module, { word: search, page: pageNo, perPage: PER_PAGE });
  if (page.error) {
    status.textContent = `The sandbox refused the list: ${page.error}`;
    status.className = 'error';
    return;
  }
  const columns = COLUMNS[module];
  const headRow = el('tr', {}, ...columns.map((c) => el('th', { scope: 'col' }, c.label)));
  const rows = page.records.map((record) =>
    el(
      'tr',
      {},
      ...columns.map((c, i) => {
        const text = i === 0 ? recordTitle(module, record) || record.id : asText(record[c.apiName]);
        return el(
          'td',
          { 'data-label': c.label },
          i === 0 ? el('a', { href: hrefOf({ page: 'detail', module, id: record.id }) }, text) : text,
        );
      }),
    ),
  );
  table.replaceChildren(el('thead', {}, headRow), el('tbody', {}, ...rows));
  const first = (pageNo - 1) * PER_PAGE + 1;
  status.textContent =
    page.records.length === 0
      ? search
        ? `No ${module} match “${search}”.`
        : `No ${module} yet.`
      : `${module} ${first}–${first + page.records.length - 1}${search ? ` matching “${search}”` : ''}`;
  const link = (label: string, to: number) =>
    el('a', { class: 'button secondary', href: hrefOf({ page: 'list', module, search, pageNo: to }) }, label);
  if (pageNo > 1) paging.append(link('Previous page', pageNo - 1));
  if (page.more) paging.append(link('Next page', pageNo + 1));
};
