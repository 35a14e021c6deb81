import { ADMINISTRATOR } from '../metadata/profiles';
import { SEED_USERS } from '../seed/seed-users';

const KEY = 'zdp.sandbox.token';
const DEFAULT_TOKEN = 'sandbox-rep-1';

/** The signed-in sandbox user: `?as=<token>` wins (and is remembered), then the switcher's choice, then rep 1. */
export const currentToken = (params: URLSearchParams): string => {
  const asked = params.get('as');
  const wanted = asked ?? localStorage.getItem(KEY) ?? DEFAULT_TOKEN;
  const token = SEED_USERS.some((u) => u.token === wanted) ? wanted : DEFAULT_TOKEN;
  if (asked === token) localStorage.setItem(KEY, token);
  return token;
};

/** What the signed-in user may do, in the words a newcomer needs to pick the right one. */
const roleNote = (token: string): string => {
  const user = SEED_USERS.find((u) => u.token === token);
  if (!user) return '';
  if (user.profileId === ADMINISTRATOR.id)
    return 'Administrator: sees every record and can change the Setup settings.';
  if (user.seesOnlyOwn)
    return 'Sales rep who sees only their own records. Switch to the administrator for Setup.';
  return 'Sales rep: sees every record, cannot change settings. Switch to the administrator for Setup.';
};

export const renderUserSwitcher = (select: HTMLSelectElement, note: HTMLElement, token: string): void => {
  for (const user of SEED_USERS) {
    const option = new Option(`${user.name} (${user.role})`, user.token, false, user.token === token);
    select.append(option);
  }
  note.textContent = roleNote(token);
  select.addEventListener('change', () => {
    localStorage.setItem(KEY, select.value);
    const params = new URLSearchParams(location.search);
    params.delete('as');
    location.search = params.toString();
  });
};
