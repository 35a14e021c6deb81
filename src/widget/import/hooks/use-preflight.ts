import { useState } from 'preact/hooks';
import { type ColumnMap, mapColumns, rowValues } from '../../../dedupe/column-map';
import { type CsvTable, readCsv } from '../../../dedupe/csv-table';
import { blockingFields, duplicateCheckOrder } from '../../../dedupe/duplicate-check-order';
import { loadNicknameList } from '../../../dedupe/nicknames';
import { type Preflight, planPreflight } from '../../../dedupe/preflight-plan';
import { planSearches } from '../../../dedupe/preflight-reads';
import { type ReadCost, type ReadWay, readCosts } from '../../../dedupe/read-cost';
import type { CandidateRecord, FieldInfo, Values } from '../../../dedupe/types';
import type { CrmClient } from '../../../zoho/crm-client';
import { describeError } from '../../../zoho/describe-error';
import { searchExisting } from '../../../zoho/search-existing';
import { rememberedMap, rememberMap } from '../remembered-map';

export type Checked = {
  readonly module: string;
  readonly text: string;
  readonly table: CsvTable;
  readonly fields: readonly FieldInfo[];
  readonly values: readonly (Values | null)[];
  readonly order: readonly string[];
  readonly existing: readonly CandidateRecord[];
  readonly costs: Readonly<Record<ReadWay, ReadCost>>;
  readonly preflight: Preflight;
};

export type PreflightState =
  | { readonly status: 'source' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'mapping';
      readonly module: string;
      readonly text: string;
      readonly table: CsvTable;
      readonly fields: readonly FieldInfo[];
      readonly columns: readonly (string | null)[];
    }
  | { readonly status: 'checking' }
  | { readonly status: 'report'; readonly checked: Checked }
  | { readonly status: 'error'; readonly message: string };

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The preflight's screens as a status union: source -> mapping -> report; the client is called only here. */
export const usePreflight = (client: CrmClient, storage: Storage) => {
  const [state, setState] = useState<PreflightState>({ status: 'source' });

  const load = async (module: string, text: string) => {
    setState({ status: 'loading' });
    const csv = readCsv(new TextEncoder().encode(text));
    if (!csv.ok) return setState({ status: 'error', message: csv.error });
    const fields = await client.getFields(module);
    if (!fields.ok) return setState({ status: 'error', message: describeError(fields.error) });
    const mapped = mapColumns(csv.table.headers, fields.value);
    const remembered = rememberedMap(storage, module);
    const columns = mapped.ok ? [...mapped.map.columns] : csv.table.headers.map(() => null);
    csv.table.headers.forEach((h, i) => {
      if (h in remembered) columns[i] = remembered[h] ?? null;
    });
    setState({ status: 'mapping', module, text, table: csv.table, fields: fields.value, columns });
  };

  const check = async (s: Extract<PreflightState, { status: 'mapping' }>) => {
    rememberMap(storage, s.module, s.table.headers, s.columns);
    setState({ status: 'checking' });
    const map: ColumnMap = { columns: s.columns, unmapped: [] };
    const values = rowValues(s.table, map);
    const order = duplicateCheckOrder({ module: s.module, fields: s.fields });
    const uniqueFields = [...new Set([...order, ...blockingFields(s.fields)])];
    const plan = planSearches(s.module, values, uniqueFields, (f) => s.fields.some((x) => x.apiName === f));
    const [found] = await Promise.all([searchExisting(client, s.module, plan), loadNicknameList()]);
    if (!found.ok) return setState({ status: 'error', message: describeError(found.error) });
    const existing = found.value.records;
    const preflight = planPreflight({ module: s.module, rows: values, existing, order, uniqueFields });
    const costs = readCosts({ criteria: plan.exact.length + plan.loose.length });
    setState({
      status: 'report',
      checked: {
        module: s.module,
        text: s.text,
        table: s.table,
        fields: s.fields,
        values,
        order,
        existing,
        costs,
        preflight,
      },
    });
  };

  return { state, setState, load, check, reset: () => setState({ status: 'source' }) };
};
