import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The signed-in user's id, so a record they own reads "you"; null while unknown. */
export const CurrentUser = createContext<string | null>(null);

export const useCurrentUser = (): string | null => useContext(CurrentUser);
