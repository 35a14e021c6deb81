/**
 * How the sandbox's ZDK plays the points no public source settles (ZOHO.md: UNVERIFIED), read from the host
 * page's `zohoShim` parameter like the window.ZOHO shim's own options.
 */
export type ZdkOptions = {
  /** getField of a field the layout lacks: throws (the harsher case, the default) or answers null. */
  readonly getField: 'throws' | 'null';
  /** Whether the Client Script's globals and timers survive between event runs ('fresh': they do not). */
  readonly scriptGlobals: 'kept' | 'fresh';
  /**
   * ZDK.Client.closeSelf(response) from a popup: settles openPopup with the response (the likelier: the SDK sends
   * the same 'close_widget' event as $Client.close, lib/ZDK.js and lib/$Client.js), or is ignored.
   */
  readonly popupCloseSelf: 'answers' | 'ignored';
  /**
   * When the page refuses a save with a required field of the layout left empty, as Zoho's create and edit pages do
   * (a Lead's Last Name and Company in the standard layout): after the Client Script's onSave has run (the default:
   * the widget then checks a form Zoho will not save) or before it.
   */
  readonly mandatory: 'after-script' | 'before-script';
};

export const parseZdkOptions = (raw: string | null): ZdkOptions => {
  let input: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed === 'object' && parsed !== null) input = parsed as Record<string, unknown>;
  } catch {}
  return {
    getField: input.getField === 'null' ? 'null' : 'throws',
    scriptGlobals: input.scriptGlobals === 'fresh' ? 'fresh' : 'kept',
    popupCloseSelf: input.popupCloseSelf === 'ignored' ? 'ignored' : 'answers',
    mandatory: input.mandatory === 'before-script' ? 'before-script' : 'after-script',
  };
};
