import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';

const SCRIPT = resolve(import.meta.dirname, '../../../src/client-script/duplicate-preview.client-script.js');

export type StartData = {
  readonly source: string;
  readonly module: string;
  readonly values: Record<string, unknown>;
  readonly recordId?: string;
  readonly mode: 'flyout' | 'save';
  readonly error?: string;
  readonly onSave?: string;
};

export type ClientScript = {
  readonly config: {
    readonly debounceMs: number;
    onSave: string;
  };
  readonly onChange: (field?: string) => void;
  readonly onSave: () => boolean | Promise<boolean>;
};

type Answer = (module?: string) => unknown;

const withConfig = (fresh: ClientScript, tuned: ClientScript): ClientScript => {
  Object.assign(fresh.config, tuned.config);
  return fresh;
};

export type FakeOptions = {
  /** The fields on the page's layout: getField of any other throws, the harsher case (ZOHO.md: UNVERIFIED). */
  readonly layout?: readonly string[];
  /** 'fresh': every event runs the file in a new realm, so no global or timer handle survives (UNVERIFIED). */
  readonly globals?: 'kept' | 'fresh';
  /** ZDK 1.5's Page.getForm(); older pages have none. */
  readonly wholeForm?: boolean;
  /** `$Crm.user` as a Client Script sees the signed-in user; absent: no `$Crm` global at all. */
  readonly user?: Record<string, unknown>;
};

/**
 * A recording stand-in for what Zoho hands a Client Script: ZDK and $Page. Like the 1.5 bundle it refuses a
 * second createFlyout of one name ("Flyout already exist") and has no flyout before one is created (ZOHO.md).
 */
export const fakeZoho = (page: { module: string; record_id?: string }, options: FakeOptions = {}) => {
  const fields: Record<string, unknown> = {};
  const seen = {
    searches: [] as { module: string; criteria: string }[],
    flyoutsCreated: [] as string[],
    flyoutHeaders: [] as unknown[],
    flyoutsClosed: 0,
    opened: [] as { target: unknown; data: StartData }[],
    notified: [] as StartData[],
    /** The options each notify came with, in the same order ({wait: true}: a NotifyAndWait). */
    notifyOptions: [] as unknown[],
    popups: [] as { config: Record<string, unknown>; data: StartData }[],
    navigations: [] as { page: string; params: unknown }[],
  };
  const answers = {
    search: (() => []) as Answer,
    popup: (() => undefined) as Answer,
    notify: (() => undefined) as Answer,
    open: (() => undefined) as Answer,
  };
  const flyout = {
    open: (target: unknown, data: StartData) => {
      answers.open();
      seen.opened.push({ target, data });
    },
    notify: (data: StartData, notifyOptions?: unknown) => {
      seen.notified.push(data);
      seen.notifyOptions.push(notifyOptions);
      return answers.notify();
    },
    close: () => {
      seen.flyoutsClosed += 1;
    },
  };
  const crmModule = (module: string) => ({
    searchByCriteria: (criteria: string) => {
      seen.searches.push({ module, criteria });
      return answers.search(module);
    },
  });
  const getField = (api: string) => {
    if (options.layout && !options.layout.includes(api)) throw new Error(`Field ${api} not found`);
    return { getValue: () => fields[api] ?? null };
  };
  const ZDK = {
    Page: {
      getField,
      ...(options.wholeForm ? { getForm: () => ({ getValues: () => ({ ...fields }) }) } : {}),
    },
    Apps: { CRM: new Proxy({}, { get: (_t, module) => crmModule(String(module)) }) },
    Client: {
      createFlyout: (name: string, config: { readonly header?: unknown } = {}) => {
        if (seen.flyoutsCreated.includes(name)) throw new Error('Flyout already exist');
        seen.flyoutsCreated.push(name);
        seen.flyoutHeaders.push(config.header);
      },
      getFlyout: (name: string) => (seen.flyoutsCreated.includes(name) ? flyout : undefined),
      openPopup: (config: Record<string, unknown>, data: StartData) => {
        seen.popups.push({ config, data });
        return answers.popup();
      },
      navigateTo: (pageName: string, params: unknown) => seen.navigations.push({ page: pageName, params }),
    },
  };
  const context = {
    ZDK,
    $Page: page,
    ...(options.user ? { $Crm: { user: options.user } } : {}),
    // Late-bound so vitest's fake timers, installed after loading, still drive the debounce.
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle),
  };
  const source = `${readFileSync(SCRIPT, 'utf8')}\n;duplicatePreview`;
  const load = () => runInNewContext(source, { ...context }) as ClientScript;
  const kept = load();
  // Each event of a fresh-globals page loads the file anew; `config` stays the first load's, for tests to tune.
  const script: ClientScript =
    options.globals === 'fresh'
      ? {
          config: kept.config,
          onChange: (field) => withConfig(load(), kept).onChange(field),
          onSave: () => withConfig(load(), kept).onSave(),
        }
      : kept;
  // Values cross the vm boundary; a JSON round trip gives plain objects that toEqual compares.
  const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return { script, fields, seen, answers, plain };
};
