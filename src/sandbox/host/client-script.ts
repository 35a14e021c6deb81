import source from '../../client-script/duplicate-preview.client-script.js?raw';
import type { Zdk } from './zdk';

export type ClientScript = {
  readonly onChange: (fieldName: string) => void;
  readonly onSave: () => boolean | Promise<boolean>;
};

type Page = { readonly module: string; readonly record_id?: string };
/** `$Crm` as a Client Script sees it: the signed-in user, with the language they chose in Zoho. */
export type Crm = { readonly user: { readonly id: string; readonly language: string } };

const run = (zdk: Zdk, page: Page, crm: Crm, globals: object) =>
  new Function('ZDK', '$Page', '$Crm', 'globalThis', `${source}\nreturn duplicatePreview;`)(
    zdk,
    page,
    crm,
    globals,
  ) as ClientScript;

/**
 * Runs the shipped Client Script file as Zoho does: plain script text with ZDK, $Page and $Crm in scope. With
 * `fresh` globals each event runs the file anew with an empty globalThis, as if nothing survived between runs.
 */
export const loadClientScript = (
  zdk: Zdk,
  page: Page,
  crm: Crm,
  globals: 'kept' | 'fresh' = 'kept',
): ClientScript => {
  if (globals === 'kept') return run(zdk, page, crm, globalThis);
  return {
    onChange: (field) => run(zdk, page, crm, {}).onChange(field),
    onSave: () => run(zdk, page, crm, {}).onSave(),
  };
};
