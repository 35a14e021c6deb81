import type { CrmApi } from './crm-api';
import type { FormView } from './form-view';
import { createWidgetFrame, type WidgetFrame, widgetUrl } from './widget-frame';
import type { ZdkOptions } from './zdk-options';

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
  readonly navigate: (module: string, id: string, notice: string) => void;
  readonly options: ZdkOptions;
};

// Zoho serves the widget by its API name; the sandbox has the one widget the product ships.
const pageFor = (target: WidgetTarget): string =>
  target.api_name === 'duplicate_preview' ? 'widget.html' : `${target.api_name}.html`;

/** A stand-in for the ZDK a Client Script sees on Zoho's create/edit page. */
export const createZdk = (deps: ZdkDeps) => {
  const { flyoutPanel, popup } = deps;
  const flyoutHeaders = new Map<string, string>();
  let flyout: WidgetFrame | null = null;
  const waiting = new Map<unknown, (value: unknown) => void>();
  let nextWait = 0;

  const closeFlyout = () => {
    flyout?.dispose();
    flyout = null;
    flyoutPanel.hidden = true;
  };
  flyoutPanel.querySelector('[data-close]')?.addEventListener('click', closeFlyout);

  const flyoutOf = (name: string) => ({
    open: (target: WidgetTarget, data: unknown) => {
      flyout?.dispose();
      flyout = createWidgetFrame(widgetUrl(pageFor(target), deps.token), data, {
        onPopulate: deps.form.setValues,
        onPopupClose: closeFlyout,
        // "Close Widget rendered from Client Script" (lib/ZDK.js closeSelf; lib/$Client.js close sends the CRM the
        // same 'close_widget' event): the flyout closes. Its response reaches no documented flyout call of the script.
        onCloseSelf: closeFlyout,
        onClientClose: closeFlyout,
        // ZOHO.CRM.UI.Record.open posts {action: {record: 'OPEN'}, data: {Entity, RecordID}} to the CRM, which opens
        // the record's detail page in place of this one (crm_release_1.1 lib/ZohoCrmHelper.js UI.Record.open).
        onOpenRecord: (record) => deps.navigate(record.module, record.id, 'opened'),
        onNotifyResponse: (id, value) => {
          waiting.get(id)?.(value);
          waiting.delete(id);
        },
      });
      const heading = flyoutPanel.querySelector('[data-title]');
      if (heading) heading.textContent = flyoutHeaders.get(name) ?? '';
      flyoutPanel.querySelector('[data-body]')?.replaceChildren(flyout.iframe);
      flyoutPanel.hidden = false;
    },
    // wait: true is a NotifyAndWait: the widget gets {id, data} and answers with ZDK.Client.sendResponse (lib/ZDK.js).
    notify: (data: unknown, options?: { readonly wait?: boolean }) => {
      if (!flyout) throw new Error(`flyout ${name} is not open`);
      if (!options?.wait) return flyout.notify(data);
      const id = `wait-${++nextWait}`;
      const answered = new Promise((resolve) => waiting.set(id, resolve));
      flyout.notify(data, id);
      return answered;
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
        // ZOHO.CRM.UI.Popup.close does not answer openPopup; only $Client.close does (ZOHO.md, corrections).
        onPopupClose: () => {},
        onClientClose: (result) => finish(() => resolve(result)),
        // closeSelf sends the CRM the same 'close_widget' event as $Client.close (lib/ZDK.js, lib/$Client.js), so
        // it likely answers openPopup too; no Zoho page documents it for a popup: UNVERIFIED, `popupCloseSelf`.
        onCloseSelf: (response) => {
          if (deps.options.popupCloseSelf === 'answers') finish(() => resolve(response));
        },
        // ZOHO.CRM.UI.Resize posts {action: 'RESIZE', data: {width, height}} and the CRM sizes the widget's frame
        // (crm_release_1.1 lib/ZohoCrmHelper.js UI.Resize): the popup follows the widget's height. Whether Zoho
        // lets it grow past the height openPopup asked for is UNVERIFIED: here that height is the most it gets.
        // The width stays as openPopup set it: the widget measures its width from the frame, so it only echoes it.
        onResize: ({ height }) => {
          if (height !== undefined && height > 0) frame.iframe.style.height = `${Math.ceil(height)}px`;
        },
      });
      const title = popup.querySelector('[data-title]');
      if (title) title.textContent = config.header ?? '';
      const closeButton = popup.querySelector('[data-close]');
      closeButton?.addEventListener('click', onUserClose);
      popup.addEventListener('cancel', onCancel);
      popup.style.width = config.width ?? '760px';
      // The asked-for height until the widget says how tall it is, and the most it gets after that.
      frame.iframe.style.height = config.height ?? '600px';
      frame.iframe.style.maxHeight = config.height ?? '600px';
      popup.querySelector('[data-body]')?.replaceChildren(frame.iframe);
      popup.showModal();
    });

  return {
    Page: {
      getField: (apiName: string) => {
        if (deps.form.has(apiName))
          return {
            getValue: () => deps.form.getValue(apiName),
            setValue: (v: unknown) => deps.form.setValues({ [apiName]: v }),
          };
        // UNVERIFIED whether Zoho throws for a field the layout lacks (ZOHO.md): throwing is the harsher default.
        if (deps.options.getField === 'throws') throw new Error(`Field ${apiName} not found in layout`);
        return null;
      },
      // ZDK 1.5's whole-form read: the filled-in fields by API name.
      getForm: () => ({ getValues: () => deps.form.values() }),
    },
    Apps: {
      CRM: new Proxy({} as Record<string, { searchByCriteria: (criteria: string) => unknown[] }>, {
        get: (_target, module) => ({
          searchByCriteria: (criteria: string) => deps.api.searchByCriteriaSync(String(module), criteria),
        }),
      }),
    },
    Client: {
      // A second createFlyout of one name throws (1.5 bundle, ZOHO.md); getFlyout knows only created ones.
      createFlyout: (name: string, config: { readonly header?: string }) => {
        if (flyoutHeaders.has(name)) throw new Error('Flyout already exist');
        flyoutHeaders.set(name, config.header ?? '');
      },
      getFlyout: (name: string) => (flyoutHeaders.has(name) ? flyoutOf(name) : undefined),
      openPopup,
      navigateTo: (page: string, params: { readonly module: string; readonly record_id: string }) => {
        if (page === 'record_detail') deps.navigate(params.module, params.record_id, 'opened');
      },
    },
  };
};

export type Zdk = ReturnType<typeof createZdk>;
