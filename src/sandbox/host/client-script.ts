import source from '../../client-script/duplicate-preview.client-script.js?raw';
import type { Zdk } from './zdk';

export type ClientScript = {
  readonly onChange: (fieldName: string) => void;
  readonly onSave: () => boolean | Promise<boolean>;
};

type Page = { readonly module: string; readonly record_id?: string };

const run = (zdk: Zdk, page: Page, globals: object) =>
  new Function('ZDK', '$Page', 'globalThis', `${source}\nreturn duplicatePreview;`)(
    zdk,
    page,
    globals,
  ) as ClientScript;

/**
 * Runs the shipped Client Script file as Zoho does: plain script text with ZDK and $Page in scope. With
 * `fresh` globals each event runs the file anew with an empty globalThis, as if nothing survived between runs.
 */
export const loadClientScript = (zdk: Zdk, page: Page, globals: 'kept' | 'fresh' = 'kept'): ClientScript => {
  if (globals === 'kept') return run(zdk, page, globalThis);
  return {
    onChange: (field) => run(zdk, page, {}).onChange(field),
    onSave: () => run(zdk, page, {}).onSave(),
  };
};
