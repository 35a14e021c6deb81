import './host.css';
import { createCrmApi } from './crm-api';
import { renderDetailPage } from './detail-page';
import { byId } from './dom';
import { FORMS, singular } from './fields';
import { renderFormPage, type Say } from './form-page';
import { renderListPage } from './list-page';
import { renderLanguageSwitch, wireReset } from './preferences';
import { hrefOf, parseRoute, type Route } from './routes';
import { currentToken, renderUserSwitcher } from './users';
import { createWidgetFrame, widgetUrl } from './widget-frame';

const params = new URLSearchParams(location.search);
const token = currentToken(params);
const route = parseRoute(location.pathname, params);
const api = createCrmApi(token);

const say: Say = (text, tone = 'info') => {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = text;
  status.className = tone;
};

renderUserSwitcher(byId<HTMLSelectElement>('user'), byId('user-note'), token);
renderLanguageSwitch(byId<HTMLSelectElement>('language'));
wireReset(byId<HTMLButtonElement>('reset'), say);
const section = 'module' in route ? route.module : route.page;
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
  if (link.dataset.nav === section) link.setAttribute('aria-current', 'page');
}

/** Setup hosts the settings widget, Import the import Web Tab: each like any widget, with no start data. */
const showWidgetPage = (page: 'settings' | 'import') => {
  byId('setup').hidden = false;
  byId('setup-title').textContent =
    page === 'settings' ? 'Setup · Duplicate Preview' : 'Import · Duplicate Preview';
  const frame = createWidgetFrame(widgetUrl(`${page}.html`, token), {}, {}, `Duplicate Preview ${page}`);
  byId('setup-body').append(frame.iframe);
};

/** What a page says when it was reached after a save, an update-instead or a reset. */
const showNotice = (current: Route) => {
  const notice = params.get('notice');
  const noun = 'module' in current ? singular(current.module) : 'record';
  if (notice === 'saved') say(`${noun} saved.`, 'notice');
  if (notice === 'updated')
    say(`The existing ${noun} was updated instead of creating a duplicate.`, 'notice');
  // The Client Script's navigateTo says only where to go, not why (an updated record or one saved with a note).
  if (notice === 'opened') say(`Opened this ${noun} from the duplicate check.`, 'notice');
  if (notice === 'reset')
    say('Demo data restored: every record and setting is as `npm start` first seeded it.', 'notice');
};

const render = async (current: Route): Promise<void> => {
  const place =
    'module' in current ? current.module : current.page === 'not-found' ? 'Not found' : current.page;
  document.title = `${place} · Sandbox CRM`;
  switch (current.page) {
    case 'setup':
      return showWidgetPage('settings');
    case 'import':
      return showWidgetPage('import');
    case 'list':
      await renderListPage(byId('record-body'), api, current);
      break;
    case 'detail':
      await renderDetailPage(byId('record-body'), api, token, current);
      break;
    case 'create':
    case 'edit': {
      const id = current.page === 'edit' ? current.id : null;
      if (!FORMS[current.module]) {
        // Deals are shown and merged here, not typed in: send the rep to the record or the list.
        location.replace(
          id
            ? hrefOf({ page: 'detail', module: current.module, id })
            : hrefOf({ page: 'list', module: current.module, search: '', pageNo: 1 }),
        );
        return;
      }
      await renderFormPage(byId('record-body'), { api, token, say }, { module: current.module, id });
      break;
    }
    case 'not-found':
      byId('record-body').textContent = `No page at ${current.path}. Pick a module above.`;
      return;
  }
  showNotice(current);
};

void render(route);

// On a phone the flyout is a sheet over the page's foot: when it opens, the field being typed in moves above it.
new MutationObserver(() => {
  const active = document.activeElement;
  if (!byId('flyout').hidden && active instanceof HTMLInputElement)
    active.scrollIntoView({ block: 'nearest' });
}).observe(byId('flyout'), { attributes: true, attributeFilter: ['hidden'] });
