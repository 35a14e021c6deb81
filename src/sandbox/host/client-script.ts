import source from '../../client-script/duplicate-preview.client-script.js?raw';
import type { Zdk } from './zdk';

export type ClientScript = {
  readonly onChange: (fieldName: string) => void;
  readonly onSave: () => boolean | Promise<boolean>;
};

type Page = { readonly module: string; readonly record_id?: string };
/** `$Crm` as a Client Script sees it: the signed-in user, with the language they chose in Zoho. */
export type Crm = { readonly user: { readonly id: string; readonly language: string } };

/**
 * The one line each page-event script holds (docs/client-script.md): the file itself is uploaded once as a Static
 * Resource and added to each script, which can then call what it defines (Zoho's "Static Resources" and "Best
 * Practices of Client Script" pages, zoho.com/crm/developer/docs/client-script/). `fieldName` stands for the
 * field the event names; a page event that names none passes nothing.
 */
export const EVENT_SCRIPTS = {
  onChange: 'duplicatePreview.onChange(fieldName);',
  onSave: 'return duplicatePreview.onSave();',
} as const;

/** One event: the static resource's text, then the event script's line, with ZDK, $Page and $Crm in scope. */
const runEvent = (
  zdk: Zdk,
  page: Page,
  crm: Crm,
  globals: object,
  line: string,
  fieldName?: string,
): unknown =>
  new Function('ZDK', '$Page', '$Crm', 'globalThis', 'fieldName', `${source}\n${line}`)(
    zdk,
    page,
    crm,
    globals,
    fieldName,
  );

/**
 * Runs each event as Zoho does: the static resource and the event's one-line script, as plain script text. With
 * `kept` globals what the script keeps on globalThis survives between events; with `fresh` each event starts with
 * an empty globalThis, as if nothing survived between runs (ZOHO.md: unverified either way).
 */
export const loadClientScript = (
  zdk: Zdk,
  page: Page,
  crm: Crm,
  globals: 'kept' | 'fresh' = 'kept',
): ClientScript => {
  const scope = (): object => (globals === 'kept' ? globalThis : {});
  return {
    onChange: (field) => {
      runEvent(zdk, page, crm, scope(), EVENT_SCRIPTS.onChange, field);
    },
    onSave: () => runEvent(zdk, page, crm, scope(), EVENT_SCRIPTS.onSave) as boolean | Promise<boolean>,
  };
};
