import type { Values } from '../../../dedupe/types';
import { useT } from '../import-i18n';
import { whyMatched } from '../why-matched';

export type ClusterChoice = 'default' | 'merge' | 'all' | `keep:${number}`;

type Props = {
  readonly module: string;
  readonly rows: readonly number[];
  readonly values: readonly (Values | null)[];
  readonly labelOf: (field: string) => string;
  readonly choice: ClusterChoice;
  readonly onChoose: (choice: ClusterChoice) => void;
};

/** One group of rows that are one person: expandable, each pair's reasons, and what to write for the group. */
export const ClusterCard = ({ module, rows, values, labelOf, choice, onChoose }: Props) => {
  const t = useT();
  const first = rows[0] ?? 0;
  return (
    <li class="cluster">
      <details>
        <summary>{t('cluster', { rows: rows.join(', ') })}</summary>
        <ul class="why">
          {rows.slice(1).map((row) => {
            const fields = whyMatched(module, values[first - 1] ?? {}, values[row - 1] ?? {});
            const how = fields.map((f) => `${labelOf(f.field)} (${f.how})`).join(', ');
            return <li key={row}>{t('why', { a: first, b: row, how })}</li>;
          })}
        </ul>
      </details>
      <select
        aria-label={t('cluster', { rows: rows.join(', ') })}
        value={choice}
        onChange={(e) => onChoose(e.currentTarget.value as ClusterChoice)}
      >
        <option value="default">{t('decision.default')}</option>
        {rows.map((r) => (
          <option key={r} value={`keep:${r}`}>
            {t('decision.keep', { row: r })}
          </option>
        ))}
        <option value="merge">{t('decision.merge', { row: first })}</option>
        <option value="all">{t('decision.all')}</option>
      </select>
    </li>
  );
};
