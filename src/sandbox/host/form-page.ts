import { SEED_USERS } from '../seed/seed-users';
import { wireButtonWidget } from './button-widget';
import { type ClientScript, loadClientScript } from './client-script';
import type { CrmApi } from './crm-api';
import { byId, el } from './dom';
import { FORMS, singular } from './fields';
import { renderForm } from './form-view';
import { LANGUAGE_KEY } from './preferences';
import { hrefOf, type Module } from './routes';
import { createZdk } from './zdk';
import { parseZdkOptions } from './zdk-options';

export type Say = (text: string, tone?: 'info' | 'error' | 'notice') => void;

/** A create or edit page, rendered into `main`: the module's layout, the shipped Client Script on its events, the button widget. */
export const renderFormPage = async (
  main: HTMLElement,
  deps: { readonly api: CrmApi; readonly token: string; readonly say: Say },
  route: { readonly module: Module; readonly id: string | null },
): Promise<void> => {
  const { api, token, say } = deps;
  const { module, id: recordId } = route;
  const noun = singular(module);
  const cancel = recordId
    ? hrefOf({ page: 'detail', module, id: recordId })
    : hrefOf({ page: 'list', module, search: '', pageNo: 1 });
  const save = el('button', { id: 'save', class: 'button primary', type: 'button' }, 'Save');
  const check = el(
    'button',
    { id: 'check', class: 'button secondary', type: 'button' },
    'Check for duplicates',
  );
  const formNode = el('form', { id: 'form', class: 'form', novalidate: '' });
  main.replaceChildren(
    el(
      'div',
      { class: 'record-head' },
      el('h1', { id: 'heading' }, recordId ? `Edit ${noun}` : `Create ${noun}`),
      el(
        'div',
        { class: 'actions' },
        check,
        el('a', { id: 'new-record', class: 'button secondary', href: cancel }, 'Cancel'),
        save,
      ),
    ),
    el('p', { id: 'status', role: 'status' }),
    formNode,
  );

  let script: ClientScript | null = null;
  const form = renderForm(formNode, FORMS[module] ?? [], (field) => script?.onChange(field));
  let leaving = false;
  const navigate = (toModule: string, id: string, notice = 'updated') => {
    leaving = true;
    // A page told how to play Zoho (`zohoShim`) keeps telling the next one.
    const next = new URLSearchParams({ notice });
    const shim = new URLSearchParams(location.search).get('zohoShim');
    if (shim) next.set('zohoShim', shim);
    location.assign(`/${encodeURIComponent(toModule)}/${encodeURIComponent(id)}?${next}`);
  };
  // The UNVERIFIED points of the ZDK (ZOHO.md), as the `zohoShim` parameter asks.
  const options = parseZdkOptions(new URLSearchParams(location.search).get('zohoShim'));
  const zdk = createZdk({
    token,
    form,
    api,
    flyoutPanel: byId('flyout'),
    popup: byId<HTMLDialogElement>('popup'),
    navigate,
    options,
  });
  const page = { module, ...(recordId ? { record_id: recordId } : {}) };
  // The language switch stands for the language the signed-in user chose in Zoho ($Crm.user.language).
  const user = SEED_USERS.find((u) => u.token === token);
  const crm = { user: { id: user?.id ?? '', language: localStorage.getItem(LANGUAGE_KEY) ?? 'en_US' } };
  script = loadClientScript(zdk, page, crm, options.scriptGlobals);
  wireButtonWidget({
    button: check,
    dialog: byId<HTMLDialogElement>('button-popup'),
    token,
    module,
    recordId,
    form,
  });

  if (recordId) {
    const record = await api.getRecord(module, recordId);
    if (record) form.setValues(record);
    else say(`No ${noun} with id ${recordId} is visible to this user.`, 'error');
  }

  // A required field of the layout left empty: the page refuses the save and names the field, as Zoho's does.
  const refusedForMissing = (): boolean => {
    const missing = form.flagMissing();
    if (missing.length === 0) return false;
    say(
      `Required: ${missing.join(', ')}. Fill in ${missing.length > 1 ? 'these fields' : 'this field'} to save.`,
      'error',
    );
    save.disabled = false;
    return true;
  };
  save.addEventListener('click', async () => {
    save.disabled = true;
    if (options.mandatory === 'before-script' && refusedForMissing()) return;
    say('Checking for duplicates…');
    const proceed = await Promise.resolve(script?.onSave() ?? true).catch(() => true);
    if (!proceed) {
      if (!leaving) say('Save cancelled.');
      save.disabled = false;
      return;
    }
    if (options.mandatory === 'after-script' && refusedForMissing()) return;
    say('Saving…');
    const values = form.values();
    const result = recordId ? await api.update(module, recordId, values) : await api.insert(module, values);
    if (result.ok) return navigate(module, result.id, 'saved');
    say(`Zoho refused the save: ${result.code} ${result.message}`, 'error');
    save.disabled = false;
  });
};
