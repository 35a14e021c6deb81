import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import views from '../../../app/translations/views-en.json';
import type { CandidateRecord, FieldInfo, Match } from '../../../src/dedupe/types';
import type { Checker } from '../../../src/widget/check/types';
import { App } from '../../../src/widget/components/App';
import type { CheckCache } from '../../../src/widget/hooks/use-duplicate-check';
import { english, I18n } from '../../../src/widget/i18n/i18n-context';
import { createTranslator } from '../../../src/widget/i18n/translate';
import type { WidgetPorts } from '../../../src/widget/ports';
import type { StartData } from '../../../src/widget/start-data';
import type { CrmClient } from '../../../src/zoho/crm-client';
import { err } from '../../../src/zoho/result';

const offline = () => Promise.resolve(err({ kind: 'offline' as const, message: 'no network' }));

/** A CrmClient whose every call fails as offline unless a test overrides it. */
export const fakeClient = (overrides: Partial<CrmClient> = {}): CrmClient => {
  const names = [
    'getModules',
    'getFields',
    'getDuplicateCheckPreference',
    'saveDuplicateCheckPreference',
    'deleteDuplicateCheckPreference',
    'search',
    'coql',
    'getRecord',
    'insert',
    'update',
    'upsert',
    'merge',
    'deleteRecord',
    'getCurrentUser',
    'getProfilePermissions',
    'getOrg',
    'getOrgVariable',
    'setOrgVariable',
  ] as const;
  return { ...(Object.fromEntries(names.map((n) => [n, offline])) as unknown as CrmClient), ...overrides };
};

export const lead = (over: Partial<CandidateRecord> & { readonly name?: string } = {}): CandidateRecord => {
  const { name = 'Ada Lovelace', ...rest } = over;
  const [first, last] = name.split(' ');
  return {
    module: 'Leads',
    id: '5001',
    values: { First_Name: first ?? '', Last_Name: last ?? '', Email: 'ada@example.com', Phone: '5550102000' },
    owner: { id: 'u1', name: 'Grace Hopper' },
    modifiedTime: '2025-02-08T09:43:08-08:00',
    converted: false,
    ...rest,
  };
};

export const blocking = (candidate: CandidateRecord): Match => ({
  candidate,
  classification: 'blocking',
  score: 1,
  fields: [{ field: 'Email', candidateField: 'Email', how: 'case', similarity: 1 }],
  blockingFields: ['Email'],
});

export const possible = (candidate: CandidateRecord): Match => ({
  candidate,
  classification: 'possible',
  score: 0.6,
  fields: [{ field: 'Phone', candidateField: 'Phone', how: 'format', similarity: 1 }],
  blockingFields: [],
});

export const startData = (over: Partial<StartData> = {}): StartData => ({
  placement: 'flyout',
  module: 'Leads',
  values: { Last_Name: 'Lovelace', Email: 'ADA@example.com' },
  recordId: null,
  clashes: [],
  onSave: null,
  ...over,
});

export const ports = (over: Partial<WidgetPorts> = {}): WidgetPorts => ({
  client: fakeClient(),
  check: () => new Promise(() => {}),
  recordUrl: (module, id) => `https://crm.zoho.eu/crm/org42/tab/${module}/${id}`,
  resize: () => {},
  close: null,
  populate: null,
  ...over,
});

export const answering =
  (matches: readonly Match[], modules: readonly string[] = ['Leads', 'Contacts']): Checker =>
  async () => ({ ok: true, value: { matches, modules } });

/** The App as main.tsx renders it once start data has arrived. */
export const app = (p: WidgetPorts, start: StartData = startData(), cache: CheckCache = new Map()) => (
  <App session={{ ports: p, start }} hint="idle" resize={p.resize} cache={cache} />
);

export const renderApp = (p: WidgetPorts, start: StartData = startData(), cache: CheckCache = new Map()) =>
  render(app(p, start, cache));

/** A view that loads on first use, rendered directly with the English lazyView gives it (en.json and views-en.json). */
export const renderView = (view: ComponentChildren) =>
  render(<I18n.Provider value={createTranslator(views, views, 'en', english)}>{view}</I18n.Provider>);

const field = (apiName: string, unique = false): FieldInfo => ({
  apiName,
  label: apiName.replace(/_/g, ' '),
  dataType: apiName === 'Email' ? 'email' : 'text',
  unique,
  readOnly: false,
});

/** Leads metadata as the merge view reads it: Email is the unique duplicate check field. */
export const leadFields: readonly FieldInfo[] = [
  field('First_Name'),
  field('Last_Name'),
  field('Email', true),
  field('Phone'),
  field('Company'),
];
