import { SEED_USERS } from '../seed/seed-users';

const KEY = 'zdp.sandbox.token';
const DEFAULT_TOKEN = 'sandbox-rep-1';

/** The signed-in sandbox user: `?as=<token>` wins, then the switcher's last choice, then the first rep. */
export const currentToken = (params: URLSearchParams): string => {
  const wanted = params.get('as') ?? localStorage.getItem(KEY) ?? DEFAULT_TOKEN;
  return SEED_USERS.some((u) => u.token === wanted) ? wanted : DEFAULT_TOKEN;
};

export const renderUserSwitcher = (select: HTMLSelectElement, token: string): void => {
  for (const user of SEED_USERS) {
    const option = new Option(`${user.name} (${user.role})`, user.token, false, user.token === token);
    select.append(option);
  }
  select.addEventListener('change', () => {
    localStorage.setItem(KEY, select.value);
    const params = new URLSearchParams(location.search);
    params.delete('as');
    location.search = params.toString();
  });
};
