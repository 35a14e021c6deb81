import type { CrmApi } from './crm-api';
import type { FormView } from './form-view';
import { createWidgetFrame, type WidgetFrame, widgetUrl } from './widget-frame';

type WidgetTarget = { readonly api_name: string; readonly type: string };
type PopupConfig = WidgetTarget & {
  readonly header?: string;
  readonly width?: string;
  readonly height?: string;
  readonly close_on_escape?: boolean;
};

export type ZdkDeps = {
  readonly token: string;
  readonly form: FormView;
  readonly api: CrmApi;
  readonly flyoutPanel: HTMLElement;
  readonly popup: HTMLDialogElement;
  readonly navigate: (module: string, id: string) => void;
};

// Zoho serves the widget by its API name; the sandbox has the one widget the product ships.
const pageFor = (target: WidgetTarget): string =>
  target.api_name === 'duplicate_preview' ? 'widget.html' : `${target.api_name}.html`;

/** A stand-in for the ZDK a Client Script sees on Zoho's create/edit page. */
export const createZdk = (deps: ZdkDeps) => {
  const { flyoutPanel, popup } = deps;
  const flyoutHeaders = new Map<string, string>();
  let flyout: WidgetFrame | null = null;

  const closeFlyout = () => {
    flyout?.dispose();
    flyout = null;
    flyoutPanel.hidden = true;
  };
  flyoutPanel.querySelector('[data-close]')?.addEventListener('click', closeFlyout);

  const getFlyout = (name: string) => ({
    open: (target: WidgetTarget, data: unknown) => {
      flyout?.dispose();
      flyout = createWidgetFrame(widgetUrl(pageFor(target), deps.token), data, {
        onPopulate: deps.form.setValues,
        onPopupClose: closeFlyout,
      });
      const heading = flyoutPanel.querySelector('[data-title]');
      if (heading) heading.textContent = flyoutHeaders.get(name) ?? '';
      flyoutPanel.querySelector('[data-body]')?.replaceChildren(flyout.iframe);
      flyoutPanel.hidden = false;
    },
    notify: (data: unknown, _options?: { readonly wait?: boolean }) => {
      if (!flyout) throw new Error(`flyout ${name} is not open`);
      flyout.notify(data);
    },
    close: closeFlyout,
  });

  // Zoho's openPopup blocks the script until the widget answers; a page cannot block on a click, so a promise.
  const openPopup = (config: PopupConfig, data: unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const finish = (settle: () => void) => {
        frame.dispose();
        popup.removeEventListener('cancel', onCancel);
        closeButton?.removeEventListener('click', onUserClose);
        if (popup.open) popup.close();
        settle();
      };
      const onUserClose = () => finish(() => reject(new Error('widget_closed')));
      const onCancel = (event: Event) => {
        event.preventDefault();
        if (config.close_on_escape !== false) onUserClose();
      };
      const frame = createWidgetFrame(widgetUrl(pageFor(config), deps.token), data, {
        onPopulate: deps.form.setValues,
        onPopupClose: onUserClose,
        onClientClose: (result) => finish(() => resolve(result)),
      });
      const title = popup.querySelector('[data-title]');
      if (title) title.textContent = config.header ?? '';
      const closeButton = popup.querySelector('[data-close]');
      closeButton?.addEventListener('click', onUserClose);
      popup.addEventListener('cancel', onCancel);
      popup.style.width = config.width ?? '760px';
      frame.iframe.style.height = config.height ?? '600px';
      popup.querySelector('[data-body]')?.replaceChildren(frame.iframe);
      popup.showModal();
    });

  return {
    Page: {
      getField: (apiName: string) =>
        deps.form.has(apiName)
          ? {
              getValue: () => deps.form.getValue(apiName),
              setValue: (v: unknown) => deps.form.setValues({ [apiName]: v }),
            }
          : null,
    },
    Apps: {
      CRM: new Proxy({} as Record<string, { searchByCriteria: (criteria: string) => unknown[] }>, {
        get: (_target, module) => ({
          searchByCriteria: (criteria: string) => deps.api.searchByCriteriaSync(String(module), criteria),
        }),
      }),
    },
    Client: {
      createFlyout: (name: string, config: { readonly header?: string }) => {
        flyoutHeaders.set(name, config.header ?? '');
      },
      getFlyout,
      openPopup,
      navigateTo: (page: string, params: { readonly module: string; readonly record_id: string }) => {
        if (page === 'record_detail') deps.navigate(params.module, params.record_id);
      },
    },
  };
};

export type Zdk = ReturnType<typeof createZdk>;
