/**
 * The widget's language: it stands for the language the signed-in user chose in Zoho. The shim reports it through
 * CONFIG.getCurrentUser (and as navigator.language), the Client Script reads it as $Crm.user.language.
 */
export const LANGUAGE_KEY = 'zdp.sandbox.language';
const LANGUAGES = [
  { code: '', label: 'Browser default' },
  { code: 'en', label: 'English' },
  { code: 'de', label: 'Deutsch' },
] as const;

export const renderLanguageSwitch = (select: HTMLSelectElement): void => {
  const chosen = localStorage.getItem(LANGUAGE_KEY) ?? '';
  for (const { code, label } of LANGUAGES) select.append(new Option(label, code, false, code === chosen));
  select.addEventListener('change', () => {
    if (select.value) localStorage.setItem(LANGUAGE_KEY, select.value);
    else localStorage.removeItem(LANGUAGE_KEY);
    location.reload();
  });
};

/** "Reset demo data": the sandbox re-seeds its store (records and settings) and the page starts over. */
export const wireReset = (
  button: HTMLButtonElement,
  say: (text: string, tone?: 'error' | 'notice') => void,
) => {
  button.addEventListener('click', async () => {
    if (!window.confirm('Replace every record and setting with the demo data?')) return;
    button.disabled = true;
    const res = await fetch('/sandbox-admin/reset', { method: 'POST' }).catch(() => null);
    if (res?.ok) {
      location.assign('/Leads?notice=reset');
      return;
    }
    button.disabled = false;
    say(`The sandbox could not reset its data (${res ? `HTTP ${res.status}` : 'no answer'}).`, 'error');
  });
};
