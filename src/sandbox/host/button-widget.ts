import type { FormView } from './form-view';
import { createWidgetFrame, widgetUrl } from './widget-frame';

/**
 * The "Check for duplicates" button widget of a create/edit page. Zoho opens a button widget in a popup with
 * PageLoad `{Entity, Data}` (the unsaved values; an edit page's may carry `EntityId`, ZOHO.md corrections) and
 * the widget writes back through `ZOHO.CRM.UI.Record.populate`.
 */
export const wireButtonWidget = (options: {
  readonly button: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
  readonly token: string;
  readonly module: string;
  readonly recordId: string | null;
  readonly form: FormView;
}): void => {
  const { button, dialog, form } = options;
  let dispose = () => {};
  const close = () => {
    dispose();
    dispose = () => {};
    if (dialog.open) dialog.close();
    button.focus();
  };
  dialog.querySelector('[data-close]')?.addEventListener('click', close);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  button.addEventListener('click', () => {
    dispose();
    const pageLoad = {
      Entity: options.module,
      Data: form.values(),
      ...(options.recordId ? { EntityId: [options.recordId] } : {}),
    };
    const frame = createWidgetFrame(widgetUrl('widget.html', options.token), pageLoad, {
      onPopulate: form.setValues,
      onPopupClose: close,
      onResize: ({ height }) => {
        if (height !== undefined) frame.iframe.style.height = `${Math.min(Math.max(240, height), 640)}px`;
      },
    });
    dispose = frame.dispose;
    dialog.querySelector('[data-body]')?.replaceChildren(frame.iframe);
    dialog.showModal();
  });
};
