import type { OnSave } from '../../dedupe/settings';
import type { Match, Values } from '../../dedupe/types';
import type { CrmError } from '../../zoho/crm-error';
import type { Result } from '../../zoho/result';
import type { SettingsNotice } from './session-settings';

export type CheckRequest = {
  readonly module: string;
  readonly values: Values;
  /** The record being edited: never its own duplicate. */
  readonly excludeId: string | null;
  /** The rep pressed Save: also read unique fields through COQL, which search's lagging index may miss. */
  readonly fresh?: boolean;
};

export type CheckAnswer = {
  /** Most certain first. */
  readonly matches: readonly Match[];
  /** Modules that were searched, for "No duplicates found in Leads, Contacts". */
  readonly modules: readonly string[];
  /** Field api name -> label from the module's metadata, for "Email must be unique". */
  readonly labels?: Readonly<Record<string, string>>;
  /** Module -> the form fields (as the form names them) its search compared, for an honest "nothing found". */
  readonly searched?: Readonly<Record<string, readonly string[]>>;
  /** Filled form fields that matching looks at but that no searched module has. */
  readonly unchecked?: readonly string[];
  /** The admin's rules that shaped the check; absent means the defaults (warn, no note). */
  readonly policy?: Policy;
};

/** What the admin's settings say about a module's check. */
export type Policy = {
  /** The admin switched checks off for the module: nothing was searched. */
  readonly off: boolean;
  /** Whether a likely duplicate may still be saved from the popup. */
  readonly onSave: OnSave;
  /** Why the defaults apply instead of the admin's settings; null when the admin's settings apply. */
  readonly notice: SettingsNotice | null;
};

/** Runs one duplicate check: search plan, candidates, matching. Built in main.tsx from a CrmClient and the engine. */
/** A failed check, with the admin's rules when they were read before the failure. */
export type CheckError = CrmError & { readonly policy?: Policy };

export type Checker = ((
  request: CheckRequest,
  signal: AbortSignal,
) => Promise<Result<CheckAnswer, CheckError>>) & {
  /** Forgets what earlier searches found: after a write, they may name records that are gone or changed. */
  readonly invalidate?: () => void;
  /** What the admin's settings say about `module`, from the same settings read the checks use (once a session). */
  readonly policy?: (module: string) => Promise<Policy>;
};
