import { useMemo, useState } from 'preact/hooks';
import { resolveDecisions } from '../../../dedupe/decisions';
import { moduleFacts } from '../../../dedupe/modules';
import type { PreflightAction } from '../../../dedupe/preflight-plan';
import { reportCsv } from '../../../dedupe/report-csv';
import type { CrmClient } from '../../../zoho/crm-client';
import { useImportWrite } from '../hooks/use-import-write';
import type { Checked } from '../hooks/use-preflight';
import { useT } from '../import-i18n';
import { ClusterCard, type ClusterChoice } from './ClusterCard';
import { type MatchChoice, RowLine } from './RowLine';
import { WriteStatus } from './WriteStatus';

type Filter = 'all' | PreflightAction | 'likely';
const ACTIONS: readonly PreflightAction[] = [
  'insert',
  'update',
  'in-batch-duplicate',
  'duplicate-error',
  'skip',
];
/** What a group of rows is, in the module's words. */
const CLUSTERS_HEADING = {
  person: 'clusters',
  organisation: 'clustersCompany',
  other: 'clustersRecord',
} as const;
/** Rows listed at once; the download holds them all. */
const SHOWN = 500;

type Props = {
  readonly checked: Checked;
  readonly client: CrmClient;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly link: (module: string, id: string) => string | null;
  readonly onBack: () => void;
};

/** The preflight report: counts, filters, clusters with their reasons and choices, then Import and Download. */
export const ReportView = ({ checked, client, storage, link, onBack }: Props) => {
  const t = useT();
  const { preflight, module } = checked;
  const [filter, setFilter] = useState<Filter>('all');
  const [clusterChoice, setClusterChoice] = useState<Readonly<Record<number, ClusterChoice>>>({});
  const [matchChoice, setMatchChoice] = useState<Readonly<Record<number, MatchChoice>>>({});
  const write = useImportWrite(client, storage);
  const labelOf = (f: string) => checked.fields.find((x) => x.apiName === f)?.label ?? f;
  const records = useMemo(() => new Map(checked.existing.map((r) => [r.id, r])), [checked.existing]);
  const count = (a: Filter) =>
    a === 'likely'
      ? preflight.rows.filter((r) => r.likelyRows.length + r.likelyRecords.length > 0).length
      : a === 'all'
        ? preflight.rows.length
        : preflight.rows.filter((r) => r.action === a).length;
  const shown = preflight.rows.filter((r) =>
    filter === 'all'
      ? true
      : filter === 'likely'
        ? r.likelyRows.length + r.likelyRecords.length > 0
        : r.action === filter,
  );
  const decisions = () => {
    const rows: Record<string, string> = {};
    for (const [row, c] of Object.entries(matchChoice)) {
      const r = preflight.rows[Number(row) - 1];
      if (c === 'skip' || c === 'create') rows[row] = c;
      else if (r?.recordId) rows[row] = `update:${r.recordId}`;
    }
    const clusters = Object.fromEntries(Object.entries(clusterChoice).filter(([, c]) => c !== 'default'));
    const resolved = resolveDecisions({ clusters, rows }, preflight.clusters);
    return resolved.ok ? resolved.decisions : new Map();
  };
  const download = () => {
    const fates = write.state.status === 'written' ? write.state.outcome.rows : null;
    const csv = reportCsv(checked, fates, (id) => link(module, id));
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    a.download = `preflight-${module}.csv`;
    a.click();
  };
  return (
    <section class="step report">
      <h2>{t('report.title')}</h2>
      <p class="counts" role="status">
        {ACTIONS.map((a) => `${count(a)} ${t(`count.${a}`)}`).join(' · ')} · {count('likely')}{' '}
        {t('count.likely')}
      </p>
      <p class="cost">
        {t('cost', { search: checked.costs.search.credits, bulk: checked.costs.bulk.credits })}
      </p>
      <fieldset class="filters">
        {(['all', ...ACTIONS, 'likely'] as const).map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {f === 'all' ? t('filter.all') : f === 'likely' ? t('filter.likely') : t(`count.${f}`)} (
            {count(f)})
          </button>
        ))}
      </fieldset>
      {preflight.clusters.length > 0 && (
        <>
          <h3>{t(CLUSTERS_HEADING[moduleFacts(module)?.party ?? 'other'])}</h3>
          <ul class="clusters">
            {preflight.clusters.map((rows) => (
              <ClusterCard
                key={rows[0]}
                module={module}
                rows={rows}
                values={checked.values}
                labelOf={labelOf}
                choice={clusterChoice[rows[0] ?? 0] ?? 'default'}
                onChoose={(c) => setClusterChoice({ ...clusterChoice, [rows[0] ?? 0]: c })}
              />
            ))}
          </ul>
        </>
      )}
      <ul class="rows">
        {shown.slice(0, SHOWN).map((r) => (
          <RowLine
            key={r.row}
            row={r}
            record={r.recordId ? (records.get(r.recordId) ?? null) : null}
            labelOf={labelOf}
            link={(id) => link(module, id)}
            choice={matchChoice[r.row] ?? 'update'}
            onChoose={(c) => setMatchChoice({ ...matchChoice, [r.row]: c })}
          />
        ))}
      </ul>
      <WriteStatus state={write.state} />
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={write.state.status === 'writing'}
          onClick={() => void write.run(checked, decisions())}
        >
          {t('import')}
        </button>
        <button type="button" onClick={download}>
          {t('download')}
        </button>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </section>
  );
};
