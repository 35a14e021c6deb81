import './host.css';
import { loadClientScript } from './client-script';
import { createCrmApi } from './crm-api';
import { FORMS, MODULES, singular } from './fields';
import { renderForm } from './form-view';
import { currentToken, renderUserSwitcher } from './users';
import { createWidgetFrame, widgetUrl } from './widget-frame';
import { createZdk } from './zdk';
import { parseZdkOptions } from './zdk-options';

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`host page is missing #${id}`);
  return el as T;
};

const params = new URLSearchParams(location.search);
const token = currentToken(params);
const requested = params.get('module') ?? 'Leads';
const module = MODULES.includes(requested) ? requested : 'Leads';
const recordId = params.get('id');
// view=import hosts the import Web Tab where Setup hosts the settings widget.
const importView = params.get('view') === 'import';
const setupView = params.get('view') === 'setup' || importView;
const api = createCrmApi(token);
const zdkOptions = parseZdkOptions(params.get('zohoShim'));

renderUserSwitcher(byId<HTMLSelectElement>('user'), token);
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
  if (link.dataset.nav === (setupView ? 'setup' : module)) link.setAttribute('aria-current', 'page');
}

const status = byId<HTMLParagraphElement>('status');
const say = (text: string, tone: 'info' | 'error' | 'notice' = 'info') => {
  status.textContent = text;
  status.className = tone;
};

const showSetup = () => {
  byId('setup').hidden = false;
  // The settings widget is hosted like any widget, with no start data.
  const [page, title] = importView ? ['import.html', 'import'] : ['settings.html', 'settings'];
  const frame = createWidgetFrame(widgetUrl(page, token), {}, {}, `Duplicate Preview ${title}`);
  byId('setup-body').append(frame.iframe);
};

const showRecordPage = async () => {
  byId('record').hidden = false;
  const noun = singular(module);
  byId('heading').textContent = recordId ? `Edit ${noun}` : `Create ${noun}`;
  byId<HTMLAnchorElement>('new-record').href = `?module=${module}`;
  let script: { onChange: (f: string) => void; onSave: () => boolean | Promise<boolean> } | null = null;
  const form = renderForm(byId('form'), FORMS[module] ?? [], (field) => script?.onChange(field));
  let leaving = false;
  const navigate = (toModule: string, id: string, notice = 'updated') => {
    leaving = true;
    location.search = new URLSearchParams({ module: toModule, id, notice }).toString();
  };
  const zdk = createZdk({
    token,
    form,
    api,
    flyoutPanel: byId('flyout'),
    popup: byId<HTMLDialogElement>('popup'),
    navigate,
    options: zdkOptions,
  });
  const page = { module, ...(recordId ? { record_id: recordId } : {}) };
  script = loadClientScript(zdk, page, zdkOptions.scriptGlobals);

  if (recordId) {
    const record = await api.getRecord(module, recordId);
    if (record) form.setValues(record);
    else say(`No ${noun} with id ${recordId} is visible to this user.`, 'error');
  }
  const notice = params.get('notice');
  if (notice === 'saved') say(`${noun} saved.`, 'notice');
  if (notice === 'updated')
    say(`The existing ${noun} was updated instead of creating a duplicate.`, 'notice');
  // The Client Script's navigateTo says only where to go, not why (an updated record or one saved with a note).
  if (notice === 'opened') say(`Opened this ${noun} from the duplicate check.`, 'notice');

  const save = byId<HTMLButtonElement>('save');
  save.addEventListener('click', async () => {
    save.disabled = true;
    say('Checking for duplicates…');
    const proceed = await Promise.resolve(script?.onSave() ?? true).catch(() => true);
    if (!proceed) {
      if (!leaving) say('Save cancelled.');
      save.disabled = false;
      return;
    }
    say('Saving…');
    const values = form.values();
    const result = recordId ? await api.update(module, recordId, values) : await api.insert(module, values);
    if (result.ok) return navigate(module, result.id, 'saved');
    say(`Zoho refused the save: ${result.code} ${result.message}`, 'error');
    save.disabled = false;
  });
};

if (setupView) showSetup();
else void showRecordPage();
