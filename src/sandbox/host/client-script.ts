import source from '../../client-script/duplicate-preview.client-script.js?raw';
import type { Zdk } from './zdk';

export type ClientScript = {
  readonly onChange: (fieldName: string) => void;
  readonly onSave: () => boolean | Promise<boolean>;
};

/** Runs the shipped Client Script file as Zoho does: plain script text with ZDK and $Page in scope. */
export const loadClientScript = (zdk: Zdk, page: { readonly module: string; readonly record_id?: string }) =>
  new Function('ZDK', '$Page', `${source}\nreturn duplicatePreview;`)(zdk, page) as ClientScript;
