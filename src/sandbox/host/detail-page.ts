import type { CrmApi } from './crm-api';
import { el } from './dom';
import { asText, COLUMNS, FORMS, recordTitle, singular } from './fields';
import { hrefOf, isModule, type Module } from './routes';
import { createWidgetFrame, widgetUrl } from './widget-frame';

const SHOWN_ALSO = [
  'First_Name',
  'Last_Name',
  'Secondary_Email',
  'Mobile',
  'Title',
  'Website',
  'Lead_Source',
];

/**
 * A record's detail page with the preview as Zoho's record-page (related list) widget: it receives only
 * `{Entity, EntityId}` (ZOHO.md, PageLoad data), checks the shown record and merges up to three.
 */
export const renderDetailPage = async (
  main: HTMLElement,
  api: CrmApi,
  token: string,
  route: { readonly module: Module; readonly id: string },
): Promise<void> => {
  const { module, id } = route;
  const status = el('p', { id: 'status', role: 'status' });
  const heading = el('h1', { id: 'heading' }, `${singular(module)} ${id}`);
  const actions = el(
    'div',
    { class: 'actions' },
    el(
      'a',
      { class: 'button secondary', href: hrefOf({ page: 'list', module, search: '', pageNo: 1 }) },
      `All ${module}`,
    ),
  );
  if (FORMS[module])
    actions.append(el('a', { class: 'button primary', href: hrefOf({ page: 'edit', module, id }) }, 'Edit'));
  const facts = el('dl', { class: 'facts' });
  const widget = el(
    'section',
    { class: 'related', 'aria-labelledby': 'related-title' },
    el('h2', { id: 'related-title' }, 'Duplicate Preview'),
  );
  main.replaceChildren(
    el('div', { class: 'record-head' }, heading, actions),
    status,
    el('div', { class: 'detail' }, facts, widget),
  );

  const record = await api.getRecord(module, id);
  if (!record) {
    status.textContent = `No ${singular(module)} with id ${id} is visible to this user.`;
    status.className = 'error';
    return;
  }
  heading.textContent = recordTitle(module, record) || `${singular(module)} ${id}`;
  const names = new Set<string>();
  for (const { apiName, label } of [
    ...COLUMNS[module],
    ...SHOWN_ALSO.map((f) => ({ apiName: f, label: f.replaceAll('_', ' ') })),
  ]) {
    const text = asText(record[apiName]);
    if (names.has(apiName) || text === '') continue;
    names.add(apiName);
    facts.append(el('dt', {}, label), el('dd', {}, text));
  }
  facts.append(el('dt', {}, 'Record id'), el('dd', {}, id));
  const frame = createWidgetFrame(
    widgetUrl('widget.html', token),
    { Entity: module, EntityId: [id] },
    {
      onResize: ({ height }) => {
        if (height !== undefined) frame.iframe.style.height = `${Math.max(240, height)}px`;
      },
      // After a merge the widget opens the kept record: this page is loaded anew, as Zoho's record page is.
      onOpenRecord: (opened) => {
        if (!isModule(opened.module)) return;
        const next = new URLSearchParams({ notice: 'opened' });
        const shim = new URLSearchParams(location.search).get('zohoShim');
        if (shim) next.set('zohoShim', shim);
        location.assign(`${hrefOf({ page: 'detail', module: opened.module, id: opened.id })}?${next}`);
      },
    },
  );
  widget.append(frame.iframe);
};
