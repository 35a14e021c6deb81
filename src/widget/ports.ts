import type { Values } from '../dedupe/types';
import type { CrmClient } from '../zoho/crm-client';
import type { Checker } from './check/types';
import type { WriteClock } from './merge/guarded-write';

/** What a Client Script popup hands back through `$Client.close(...)`. */
export type CloseResult = {
  /** 'saved': the widget saved the form itself (with the override Note); the page must not save it again. */
  readonly action: 'save' | 'cancel' | 'updated-existing' | 'saved';
  readonly recordId?: string;
  /** The admin switched checks off for the module: the script stops opening the widget on this page. */
  readonly off?: boolean;
};

/** Every platform effect the widget needs, passed in by main.tsx (or by a test). */
export type WidgetPorts = {
  readonly client: CrmClient;
  readonly check: Checker;
  /** Link to a record in the org's data centre; null while unknown. */
  readonly recordUrl: (module: string, id: string) => string | null;
  readonly resize: (size: { readonly height: number; readonly width: number }) => void;
  /** Present only in a Client Script popup. */
  readonly close: ((result: CloseResult) => void) | null;
  /**
   * Present only in a Client Script flyout: closes the widget with a response for the script
   * (ZDK.Client.closeSelf); does nothing where the CRM offers no way to.
   */
  readonly closeSelf?: ((response: { readonly off: true }) => void) | null;
  /** Present only on a create/edit page button. */
  readonly populate: ((values: Values) => void) | null;
  /**
   * Present only on a record page and in an edit page's flyout: shows that record's page in place of this one
   * (ZOHO.CRM.UI.Record.open).
   */
  readonly openRecord?: ((module: string, id: string) => void) | null;
  /** The clock writes wait on (tests pass the sandbox's); the system clock when absent. */
  readonly clock?: WriteClock;
};
